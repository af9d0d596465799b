#!/usr/bin/env bash
# Gateway hop cost: the same GET (one reseller by id) straight to reseller-service and through the gateway, in one run,
# interleaved (direct, gateway, direct, gateway) so that drift hits both sides alike. Prints p50/p99 and
# requests/s of each and the gateway's cost against the direct baseline.
# Usage: bench/gateway-hop.sh   (DURATION per round, default 15s; CONNECTIONS, default 16; ROUNDS, default 2)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/lib.sh
need_wrk
ensure_suite
trap stop_if_started EXIT

duration="${DURATION:-15s}"; connections="${CONNECTIONS:-16}"; rounds="${ROUNDS:-2}"
gateway="$(gateway_url)"
direct="http://localhost:$(port_of reseller-service)"
auth="$(auth_header)"
headers=(-H "Accept: application/json"); [[ -n "$auth" ]] && headers+=(-H "$auth")
# One reseller by id: a cheap, indexed request, so that the figures show the hop, not the query.
if [[ -z "$(curl -sf "${headers[@]}" "$direct/api/resellers?size=1" | sed -n 's/.*"content":\[{"id":"\([^"]*\)".*/\1/p')" ]]; then
  curl -sf -o /dev/null "${headers[@]}" -H 'Content-Type: application/json' -X POST "$direct/api/resellers" -d \
    "{\"businessName\":\"Bench Hop\",\"contactPerson\":\"Bench\",\"email\":\"bench-hop-$RANDOM@example.test\",\"phone\":\"+1 555 0100\",\"address\":\"1 Loop\",\"city\":\"Lagos\",\"country\":\"NG\"}"
fi
id="$(curl -sf "${headers[@]}" "$direct/api/resellers?size=1" | sed -n 's/.*"content":\[{"id":"\([^"]*\)".*/\1/p')"
path="/api/resellers/$id"

run() { wrk -t2 -c"$connections" -d"$2" --latency "${headers[@]}" "$1$path" >"$3"; }
echo "bench: warming up both paths ..." >&2
run "$direct" 10s "$BENCH_OUT/hop-warm-direct.txt"; run "$gateway" 10s "$BENCH_OUT/hop-warm-gateway.txt"

declare -a d g
for r in $(seq 1 "$rounds"); do
  run "$direct" "$duration" "$BENCH_OUT/hop-direct-$r.txt";   d+=("$(wrk_figures "$BENCH_OUT/hop-direct-$r.txt")")
  run "$gateway" "$duration" "$BENCH_OUT/hop-gateway-$r.txt"; g+=("$(wrk_figures "$BENCH_OUT/hop-gateway-$r.txt")")
done

echo "## Gateway hop ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c$connections, $rounds × $duration per side, GET $path)"
echo
echo "| round | direct p50 (ms) | direct p99 (ms) | direct req/s | gateway p50 (ms) | gateway p99 (ms) | gateway req/s | p99 added (ms) | throughput vs direct |"
echo "|---|---|---|---|---|---|---|---|---|"
for r in $(seq 1 "$rounds"); do
  read -r dp50 dp99 drps <<<"${d[$((r-1))]}"; read -r gp50 gp99 grps <<<"${g[$((r-1))]}"
  awk -v r="$r" -v dp50="$dp50" -v dp99="$dp99" -v drps="$drps" -v gp50="$gp50" -v gp99="$gp99" -v grps="$grps" \
    'BEGIN { printf "| %s | %.2f | %.2f | %d | %.2f | %.2f | %d | %+.2f | %.0f %% |\n", r, dp50, dp99, drps, gp50, gp99, grps, gp99 - dp99, 100 * grps / drps }'
done
echo
echo "Targets: ≤ +5 ms p99 and ≥ 50 % of direct throughput. Raw wrk output: $BENCH_OUT/hop-*.txt"
