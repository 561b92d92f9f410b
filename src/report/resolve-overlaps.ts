/** Keeps non-overlapping items, preferring the higher score, then the longer one. Input sorted by start. */
export function resolveOverlaps<T extends { start: number; end: number; score: number }>(sorted: readonly T[]): T[] {
  const kept: T[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (!last || item.start >= last.end) kept.push(item);
    else if (item.score > last.score || (item.score === last.score && item.end - item.start > last.end - last.start)) {
      kept[kept.length - 1] = item;
    }
  }
  return kept;
}
