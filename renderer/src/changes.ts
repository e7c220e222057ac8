// "Data changed": fired after every successful write from the renderer, so that counts and badges
// shown elsewhere on the screen (the overdue count in the navigation) re-read without a screen change.
import { useSyncExternalStore } from 'react';

let version = 0;
const listeners = new Set<() => void>();

export function emitChange(): void {
  version++;
  listeners.forEach((l) => l());
}

/** A number that grows with each write; use it as a dependency to re-read. */
export function useChangeVersion(): number {
  return useSyncExternalStore(
    (l) => { listeners.add(l); return () => listeners.delete(l); },
    () => version,
  );
}
