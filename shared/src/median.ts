/**
 * The median: the middle sample, or the mean of the two middle ones. `sorted` ascending, not empty.
 * Used by the day report (exact waits) and the desk (the wait estimate's pace).
 */
export function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
