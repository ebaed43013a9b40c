import { render, waitFor } from '@testing-library/react';
import { collection, doc, query, where, type FirestoreError } from 'firebase/firestore';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { EMULATOR_HOSTS } from './firebase';
import { db, withId } from './firestore';
import { useLiveDoc, useLiveQuery } from './live-query';

/*
 * Real listeners against the Firestore emulator that `npm test` started. Nobody is signed in, so
 * the rules refuse every listen, and each subscription is answered with exactly one
 * permission-denied error: counting the errors counts the subscriptions.
 */
const converter = withId<{ status: string }>();
const visits = (clinicId: string) => collection(db, 'clinics', clinicId, 'visits').withConverter(converter);
const onErrors: ReturnType<typeof vi.fn<(error: FirestoreError) => void>>[] = [];

function errorCounter() {
  const onError = vi.fn<(error: FirestoreError) => void>();
  onErrors.push(onError);
  return onError;
}

/** Builds its query anew on every render, as a caller that does not memoise does. */
function QueryProbe(props: {
  clinicId: string;
  attempt?: number;
  note?: string;
  onError: (e: FirestoreError) => void;
}) {
  const state = useLiveQuery(
    query(visits(props.clinicId), where('status', '==', 'waiting')),
    props.onError,
    props.attempt,
  );
  return (
    <p>
      {state.status} {props.note}
    </p>
  );
}

function DocProbe(props: { clinicId: string; attempt?: number; note?: string; onError: (e: FirestoreError) => void }) {
  const state = useLiveDoc(doc(db, 'clinics', props.clinicId).withConverter(converter), props.onError, props.attempt);
  return (
    <p>
      {state.status} {props.note}
    </p>
  );
}

/**
 * Opens one more listener and waits for its refusal. Listens go out in order on one stream and
 * are answered in order, so a subscription opened before this one has had its answer by then.
 */
async function settle() {
  const onError = errorCounter();
  const { unmount } = render(<QueryProbe clinicId="settle" onError={onError} />);
  await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
  unmount();
}

beforeAll(async () => {
  const { host, port } = EMULATOR_HOSTS.firestore;
  const answered = await fetch(`http://${host}:${port}/`).then(
    () => true,
    () => false,
  );
  if (!answered) throw new Error(`No Firestore emulator at ${host}:${port}: run this suite through \`npm test\`.`);
});

afterEach(() => {
  for (const onError of onErrors.splice(0)) {
    for (const [error] of onError.mock.calls) expect(error.code).toBe('permission-denied');
  }
});

describe.each([
  { hook: 'useLiveQuery', Probe: QueryProbe, what: 'query' },
  { hook: 'useLiveDoc', Probe: DocProbe, what: 'reference' },
])('$hook', ({ Probe, what }) => {
  it(`keeps its one listener when a re-render brings an equal but new ${what}`, async () => {
    const onError = errorCounter();
    const { rerender } = render(<Probe clinicId="c1" note="first" onError={onError} />);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    for (const note of ['second', 'third', 'fourth']) rerender(<Probe clinicId="c1" note={note} onError={onError} />);
    await settle();
    expect(onError).toHaveBeenCalledTimes(1);
  });

  it(`listens again when the ${what} names another target`, async () => {
    const onError = errorCounter();
    const { rerender } = render(<Probe clinicId="c1" onError={onError} />);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    rerender(<Probe clinicId="c2" onError={onError} />);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
  });
});

describe.each([
  { hook: 'useLiveQuery', Probe: QueryProbe, why: 'Refresh' },
  { hook: 'useLiveDoc', Probe: DocProbe, why: 'the waiting-room display retrying a stopped listener' },
])('$hook', ({ Probe, why }) => {
  it(`listens again for a new attempt at the same target (${why})`, async () => {
    const onError = errorCounter();
    const { rerender } = render(<Probe clinicId="c1" attempt={0} onError={onError} />);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(1));
    rerender(<Probe clinicId="c1" attempt={1} onError={onError} />);
    await waitFor(() => expect(onError).toHaveBeenCalledTimes(2));
  });
});
