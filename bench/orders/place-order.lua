-- wrk script for bench/orders.sh: POST /api/orders, one app_user order per request, each with an Idempotency-Key no
-- other request (or run) uses, so every request is a new order and none is a replay. BENCH_USER and BENCH_PLAN (env)
-- name a user order-service knows and an active plan. BENCH_NOTE (optional) marks the orders. Prints p50/p95/p99 (ms)
-- and the count of non-2xx answers, as bench/lists/percentiles.lua does.
local threads = 0
function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  run = string.format("%d-%d", os.time(), math.random(1000000))
  counter = 0
  body = string.format('{"orderType":"app_user","userId":"%s","planId":"%s","deliveryAddress":"1 Bench Loop, Accra"%s}',
    os.getenv("BENCH_USER"), os.getenv("BENCH_PLAN"),
    os.getenv("BENCH_NOTE") and string.format(',"notes":"%s"', os.getenv("BENCH_NOTE")) or "")
end

function request()
  counter = counter + 1
  -- wrk.format replaces wrk.headers (the -H options, e.g. Authorization) when given headers: start from them.
  local headers = {}
  for name, value in pairs(wrk.headers) do headers[name] = value end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, tid, counter)
  return wrk.format("POST", "/api/orders", headers, body)
end

done = function(summary, latency, requests)
  io.write(string.format("PERCENTILES p50=%.3f p95=%.3f p99=%.3f requests=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.errors.status))
end
