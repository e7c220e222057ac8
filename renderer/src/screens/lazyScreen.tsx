// Screens in chunks of their own, fetched in the background once the first screen is up. React 19
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

/** Fetches every screen's code when the browser is idle, after the first screen has been drawn. */
export function preloadWhenIdle(screens: { preload: () => Promise<unknown> }[]): void {
  const run = () => { for (const s of screens) void s.preload().catch(() => { /* retried when opened */ }); };
  const idle = (window as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback;
  if (idle) idle(run);
  else setTimeout(run, 200);
}
