-- wrk script for bench/lists.sh: wrk --latency prints p50/p75/p90/p99 but not p95, so print all four on one line,
-- in milliseconds, with the count of non-2xx answers (a list that fails fast must not look fast).
done = function(summary, latency, requests)
  io.write(string.format("PERCENTILES p50=%.3f p95=%.3f p99=%.3f requests=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status))
end
