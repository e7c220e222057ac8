// The benches' one way to time a piece of work and summarise the times: warm-up rounds first (not
// counted), then one sample per round; median and p95 by the nearest-rank rule.

export interface Stats { median: number; p95: number; n: number }

/** The nearest-rank quantile of `xs` (q in 0..1). */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export function stats(ms: readonly number[]): Stats {
  return { median: quantile(ms, 0.5), p95: quantile(ms, 0.95), n: ms.length };
}

/** Milliseconds of each of `rounds` calls of `fn(k)`, after `warmup` calls not counted. */
export function timed(rounds: number, fn: (k: number) => unknown, warmup = 2): number[] {
  for (let k = 0; k < warmup; k++) fn(k);
  const out: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const t = performance.now();
    fn(k);
    out.push(performance.now() - t);
  }
  return out;
}

/** The same for work that returns a promise: each call is awaited before the next. */
export async function timedAsync(fn: () => unknown, rounds: number, warmup: number): Promise<number[]> {
  for (let k = 0; k < warmup; k++) await fn();
  const out: number[] = [];
  for (let k = 0; k < rounds; k++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}
