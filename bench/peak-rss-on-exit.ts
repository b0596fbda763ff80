// Preloaded into a process the benchmarks measure (`node --import ./bench/peak-rss-on-exit.ts …`):
// on exit it writes the process's peak resident memory to stderr as one JSON line.
process.on('exit', () => {
  process.stderr.write(`\n${JSON.stringify({ peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
});
