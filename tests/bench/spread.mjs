// How the benchmarks summarise repeated runs: the median with the least
// and the most, of one field of each run's result (runs without it skipped).
export function spread(results, key) {
  const v = results.map((r) => r[key]).filter((x) => x !== undefined).sort((a, b) => a - b);
  return { median: v[v.length >> 1], min: v[0], max: v[v.length - 1] };
}
