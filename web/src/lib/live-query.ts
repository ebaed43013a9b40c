/**
 * Thin listener hooks: every listener has an error callback, unsubscribes on cleanup, and
 * re-subscribes only when its (memoised) query or the retry counter changes. Snapshot metadata
 * is surfaced: fromCache drives the connection status, hasPendingWrites the "waiting to sync".
 */
import { useEffect, useEffectEvent, useState } from 'react';
import { onSnapshot, type DocumentReference, type FirestoreError, type Query } from 'firebase/firestore';
import type { WithId } from '@clinicflow/shared/model';

export type Live<T> = WithId<T> & { hasPendingWrites: boolean };

export interface LiveQueryState<T> {
  status: 'loading' | 'ready' | 'error';
  docs: Live<T>[];
  fromCache: boolean;
  /** When data last came from the server (not the local cache). */
  lastServerSyncAt: Date | null;
  error: FirestoreError | null;
}

function loading<T>(): LiveQueryState<T> {
  return { status: 'loading', docs: [], fromCache: true, lastServerSyncAt: null, error: null };
}

/**
 * `query` must be memoised by the caller (useMemo on its inputs); null means "nothing to
 * listen to yet". `attempt` re-subscribes when it changes (a manual refresh).
 */
export function useLiveQuery<T>(
  query: Query<WithId<T>> | null,
  onError: (error: FirestoreError) => void,
  attempt = 0,
): LiveQueryState<T> {
  const [state, setState] = useState<{ key: object | null; attempt: number; value: LiveQueryState<T> }>({
    key: query,
    attempt,
    value: loading<T>(),
  });
  // A new query starts from "loading" at once, not after the effect runs; a new attempt at the
  // same query (a refresh) keeps showing what it has until the fresh snapshot arrives.
  if (state.key !== query) setState({ key: query, attempt, value: loading<T>() });
  else if (state.attempt !== attempt) setState({ ...state, attempt });
  const reportError = useEffectEvent(onError);

  useEffect(() => {
    if (!query) return;
    return onSnapshot(
      query,
      { includeMetadataChanges: true },
      (snapshot) => {
        const { fromCache } = snapshot.metadata;
        const docs = snapshot.docs.map((d) => ({ ...d.data(), hasPendingWrites: d.metadata.hasPendingWrites }));
        setState((prev) => ({
          ...prev,
          value: {
            status: 'ready',
            docs,
            fromCache,
            lastServerSyncAt: fromCache ? prev.value.lastServerSyncAt : new Date(),
            error: null,
          },
        }));
      },
      (error) => {
        setState((prev) => ({ ...prev, value: { ...prev.value, status: 'error', error } }));
        reportError(error);
      },
    );
  }, [query, attempt]);

  return state.value;
}

export interface LiveDocState<T> {
  status: 'loading' | 'ready' | 'missing' | 'error';
  doc: Live<T> | null;
  fromCache: boolean;
  error: FirestoreError | null;
}

/** One document, live; `ref` memoised by the caller. */
export function useLiveDoc<T>(
  ref: DocumentReference<WithId<T>> | null,
  onError: (error: FirestoreError) => void,
): LiveDocState<T> {
  const [state, setState] = useState<{ key: object | null; value: LiveDocState<T> }>({
    key: ref,
    value: { status: 'loading', doc: null, fromCache: true, error: null },
  });
  if (state.key !== ref) setState({ key: ref, value: { status: 'loading', doc: null, fromCache: true, error: null } });
  const reportError = useEffectEvent(onError);

  useEffect(() => {
    if (!ref) return;
    return onSnapshot(
      ref,
      { includeMetadataChanges: true },
      (snapshot) => {
        const data = snapshot.data();
        const { fromCache, hasPendingWrites } = snapshot.metadata;
        setState((prev) => ({
          ...prev,
          value: data
            ? { status: 'ready', doc: { ...data, hasPendingWrites }, fromCache, error: null }
            : { status: 'missing', doc: null, fromCache, error: null },
        }));
      },
      (error) => {
        setState((prev) => ({ ...prev, value: { ...prev.value, status: 'error', error } }));
        reportError(error);
      },
    );
  }, [ref]);

  return state.value;
}
