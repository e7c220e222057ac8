// Screens in chunks of their own, fetched in the background once the first screen has drawn its records. React 19
// holds back content revealed after a Suspense fallback by up to 300 ms, so a screen whose code is
// already here renders directly instead of through React.lazy: a first visit costs no fallback.
import { lazy, type ComponentType } from 'react';

export interface LazyScreen<P> {
  (props: P): React.ReactNode;
  preload: () => Promise<unknown>;
}

export function lazyScreen<M, P extends object>(load: () => Promise<M>, pick: (m: M) => ComponentType<P>): LazyScreen<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () => (pending ??= load().then((m) => (loaded = pick(m))));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  const Screen = ((props: P) => {
    const C = loaded;
    return C ? <C {...props} /> : <Lazy {...props} />;
  }) as LazyScreen<P>;
  Screen.preload = preload;
  return Screen;
}

let markShown: () => void = () => {};
const firstShown = new Promise<void>((resolve) => { markShown = resolve; });

/** Called by the screen she lands on once its records are drawn (the dashboard, the inspections list). */
export function firstScreenShown(): void {
  markShown();
}

/** How long the other screens' code waits for a first screen that never says it is drawn (a deep link). */
const FIRST_SCREEN_WAIT_MS = 3000;

/**
 * Fetches every screen's code when the browser is idle, after the first screen has drawn its records.
 * "Idle" alone is too early: the browser is idle while the first screen waits for its data, and
 * evaluating the other chunks then (the preview's docx renderer alone is 270 KB) pushed the dashboard
 * back by a quarter of a second (`npm run bench -- --ui-only`, first screen).
 */
export function preloadWhenIdle(screens: { preload: () => Promise<unknown> }[]): void {
  const run = () => { for (const s of screens) void s.preload().catch(() => { /* retried when opened */ }); };
  const idle = (window as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback;
  void Promise.race([firstShown, new Promise((r) => setTimeout(r, FIRST_SCREEN_WAIT_MS))]).then(() => {
    if (idle) idle(run);
    else setTimeout(run, 200);
  });
}
