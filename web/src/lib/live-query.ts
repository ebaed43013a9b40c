/**
 * Thin listener hooks: every listener has an error callback, unsubscribes on cleanup, and
 * re-subscribes only when its query really changes (`queryEqual` / `refEqual`, as
 * react-firebase-hooks does, so callers build queries inline) or the retry counter moves.
 * Snapshot metadata is surfaced: fromCache drives the connection status, hasPendingWrites the
 * "waiting to sync".
 */
import { useEffect, useEffectEvent, useState } from 'react';
import {
  onSnapshot,
  queryEqual,
  refEqual,
  type DocumentReference,
  type FirestoreError,
  type Query,
} from 'firebase/firestore';
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

/** Equal when both are null, or both name the same target (and converter). */
function same<R>(a: R | null, b: R | null, equal: (a: R, b: R) => boolean): boolean {
  return a === null || b === null ? a === b : equal(a, b);
}

/**
 * Listens to `query`, which may be a new object on every render: a query equal to the one
 * before keeps its listener. Null means "nothing to listen to yet". `attempt` re-subscribes
 * when it changes (a manual refresh).
 */
export function useLiveQuery<T>(
  query: Query<WithId<T>> | null,
  onError: (error: FirestoreError) => void,
  attempt = 0,
): LiveQueryState<T> {
  const [state, setState] = useState<{ key: Query<WithId<T>> | null; attempt: number; value: LiveQueryState<T> }>({
    key: query,
    attempt,
    value: loading<T>(),
  });
  // A new query starts from "loading" at once, not after the effect runs; a new attempt at the
  // same query (a refresh) keeps showing what it has until the fresh snapshot arrives. The
  // query kept in state is the stable one the listener depends on.
  if (!same(state.key, query, queryEqual)) setState({ key: query, attempt, value: loading<T>() });
  else if (state.attempt !== attempt) setState({ ...state, attempt });
  const reportError = useEffectEvent(onError);
  const listened = state.key;

  useEffect(() => {
    if (!listened) return;
    return onSnapshot(
      listened,
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
  }, [listened, attempt]);

  return state.value;
}

export interface LiveDocState<T> {
  status: 'loading' | 'ready' | 'missing' | 'error';
  doc: Live<T> | null;
  fromCache: boolean;
  /** When the document (or its absence) last came from the server, not the local cache. */
  lastServerSyncAt: Date | null;
  error: FirestoreError | null;
}

function loadingDoc<T>(): LiveDocState<T> {
  return { status: 'loading', doc: null, fromCache: true, lastServerSyncAt: null, error: null };
}

/**
 * One document, live; like useLiveQuery, an equal `ref` (a new object or not) keeps its listener,
 * and a new `attempt` listens again.
 */
export function useLiveDoc<T>(
  ref: DocumentReference<WithId<T>> | null,
  onError: (error: FirestoreError) => void,
  attempt = 0,
): LiveDocState<T> {
  const [state, setState] = useState<{
    key: DocumentReference<WithId<T>> | null;
    attempt: number;
    value: LiveDocState<T>;
  }>({ key: ref, attempt, value: loadingDoc<T>() });
  if (!same(state.key, ref, refEqual)) setState({ key: ref, attempt, value: loadingDoc<T>() });
  else if (state.attempt !== attempt) setState({ ...state, attempt });
  const reportError = useEffectEvent(onError);
  const listened = state.key;

  useEffect(() => {
    if (!listened) return;
    return onSnapshot(
      listened,
      { includeMetadataChanges: true },
      (snapshot) => {
        const data = snapshot.data();
        const { fromCache, hasPendingWrites } = snapshot.metadata;
        setState((prev) => {
          const lastServerSyncAt = fromCache ? prev.value.lastServerSyncAt : new Date();
          return {
            ...prev,
            value: data
              ? { status: 'ready', doc: { ...data, hasPendingWrites }, fromCache, lastServerSyncAt, error: null }
              : { status: 'missing', doc: null, fromCache, lastServerSyncAt, error: null },
          };
        });
      },
      (error) => {
        setState((prev) => ({ ...prev, value: { ...prev.value, status: 'error', error } }));
        reportError(error);
      },
    );
  }, [listened, attempt]);

  return state.value;
}
