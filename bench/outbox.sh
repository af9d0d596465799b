#!/usr/bin/env bash
# Outbox throughput and lag: creates resellers as fast as wrk can (each write also appends its event to the
# outbox in the same transaction), then waits until the relay has sent everything and analytics has applied
# it, and prints writes/s against a same-run baseline (GET of one reseller), the relay's commit→ack lag and the
# event→read-model lag (p50/p99, from the services' own Prometheus timers).
# Usage: bench/outbox.sh   (DURATION, default 20s; CONNECTIONS, default 16)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/lib.sh
need_wrk
ensure_suite
trap stop_if_started EXIT

duration="${DURATION:-20s}"; connections="${CONNECTIONS:-16}"
reseller="http://localhost:$(port_of reseller-service)"
analytics="http://localhost:$(port_of analytics-service)"
auth="$(auth_header)"
headers=(); [[ -n "$auth" ]] && headers+=(-H "$auth")

metric() { # metric URL NAME [LABEL-FILTER] → value
  curl -sf "${headers[@]}" "$1/actuator/prometheus" | awk -v n="$2" -v f="${3:-}" 'index($0, n) == 1 && index($0, f) { v = $NF } END { print v + 0 }'
}

sent_before="$(metric "$reseller" simadmin_outbox_sent_total)"
applied_before="$(metric "$analytics" simadmin_analytics_events_total 'outcome="applied"')"

one="$(curl -sf "${headers[@]}" -H 'Content-Type: application/json' -X POST "$reseller/api/resellers" -d \
  "{\"businessName\":\"Baseline\",\"contactPerson\":\"B\",\"email\":\"baseline-$RANDOM$RANDOM@example.test\",\"phone\":\"+1 555 0100\",\"address\":\"1 Loop\",\"city\":\"Accra\",\"country\":\"GH\"}" \
  | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')"
echo "bench: warming up ..." >&2
wrk -t2 -c"$connections" -d10s "${headers[@]}" -s bench/outbox-post.lua "$reseller" >"$BENCH_OUT/outbox-warm.txt"
wrk -t2 -c"$connections" -d10s "${headers[@]}" "$reseller/api/resellers/$one" >/dev/null

wrk -t2 -c"$connections" -d"$duration" --latency "${headers[@]}" "$reseller/api/resellers/$one" >"$BENCH_OUT/outbox-baseline-get.txt"
t0="$(date +%s.%N)"
wrk -t2 -c"$connections" -d"$duration" --latency "${headers[@]}" -s bench/outbox-post.lua "$reseller" >"$BENCH_OUT/outbox-post.txt"
read -r gp50 gp99 grps <<<"$(wrk_figures "$BENCH_OUT/outbox-baseline-get.txt")"
read -r wp50 wp99 wrps <<<"$(wrk_figures "$BENCH_OUT/outbox-post.txt")"
non2xx="$(sed -n 's/.*Non-2xx or 3xx responses: \([0-9]*\).*/\1/p' "$BENCH_OUT/outbox-post.txt")"

# Wait (at most 120 s) until the outbox is empty and analytics has applied as many events as the relay sent.
for _ in $(seq 1 240); do
  backlog="$(metric "$reseller" simadmin_outbox_backlog)"
  sent="$(metric "$reseller" simadmin_outbox_sent_total)"
  applied="$(metric "$analytics" simadmin_analytics_events_total 'outcome="applied"')"
  awk -v b="$backlog" -v s="$sent" -v sb="$sent_before" -v a="$applied" -v ab="$applied_before" \
    'BEGIN { exit !(b == 0 && (a - ab) >= (s - sb)) }' && break
  sleep 0.5
done
drained="$(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"

relay_p50="$(metric "$reseller" simadmin_outbox_relay_lag_seconds 'quantile="0.5"')"
relay_p99="$(metric "$reseller" simadmin_outbox_relay_lag_seconds 'quantile="0.99"')"
model_p50="$(metric "$analytics" simadmin_analytics_read_model_lag_seconds 'quantile="0.5"')"
model_p99="$(metric "$analytics" simadmin_analytics_read_model_lag_seconds 'quantile="0.99"')"

echo "## Outbox ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c$connections, $duration each, straight to reseller-service)"
echo
echo "| figure | value |"
echo "|---|---|"
awk -v v="$wrps" -v b="$grps" 'BEGIN { printf "| reseller writes/s (POST, event through the outbox) | %d (%.0f %% of the same-run GET-by-id baseline, %d/s) |\n", v, 100 * v / b, b }'
echo "| write latency p50 / p99 | ${wp50} ms / ${wp99} ms |"
echo "| failed writes (non-2xx) | ${non2xx:-0} |"
awk -v a="$relay_p50" -v b="$relay_p99" 'BEGIN { printf "| relay lag commit → Kafka ack, p50 / p99 | %.0f ms / %.0f ms |\n", a * 1000, b * 1000 }'
awk -v a="$model_p50" -v b="$model_p99" 'BEGIN { printf "| event → analytics read model lag, p50 / p99 | %.0f ms / %.0f ms (target p99 < 1000 ms) |\n", a * 1000, b * 1000 }'
echo "| all events sent and applied after the load began | ${drained} s (${duration} of load) |"
echo
echo "Lag percentiles are the services' Prometheus timers (recent window). Raw wrk output: $BENCH_OUT/outbox-*.txt"
