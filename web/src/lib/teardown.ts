/**
 * What must happen before the session ends, registered by modules that the sign-in route never
 * loads (Firestore): this file imports no SDK, so the sign-out button costs the sign-in route nothing.
 */
type Task = () => Promise<void>;

const tasks = new Set<Task>();
let unsyncedCheck: (() => Promise<boolean>) | null = null;

export function onTeardown(task: Task): void {
  tasks.add(task);
}

/** Runs every task once, each even when another fails: a failed cleanup must not block sign-out. */
export async function runTeardown(): Promise<void> {
  const pending = [...tasks];
  tasks.clear();
  for (const task of pending) {
    try {
      await task();
    } catch (err) {
      console.warn('Sign-out cleanup step failed', err);
    }
  }
}

export function setUnsyncedCheck(check: () => Promise<boolean>): void {
  unsyncedCheck = check;
}

/** True when local writes have not reached the server yet: signing out now would lose them. */
export async function hasUnsyncedWrites(): Promise<boolean> {
  return unsyncedCheck ? unsyncedCheck() : false;
}
