/** Summary figures for a benchmark's samples, in milliseconds. */
export interface LatencySummary {
  count: number;
  min: number;
  mean: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Nearest-rank percentile of ascending samples: the smallest sample with p% at or below it. */
export function percentile(ascending: readonly number[], p: number): number {
  if (ascending.length === 0) throw new RangeError('no samples');
  const rank = Math.max(1, Math.ceil((p / 100) * ascending.length));
  return ascending[rank - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): LatencySummary {
  const ascending = [...samples].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    count: ascending.length,
    min: round(percentile(ascending, 0)),
    mean: round(ascending.reduce((sum, ms) => sum + ms, 0) / ascending.length),
    p50: round(percentile(ascending, 50)),
    p95: round(percentile(ascending, 95)),
    p99: round(percentile(ascending, 99)),
    max: round(percentile(ascending, 100)),
  };
}
