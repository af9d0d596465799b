#!/usr/bin/env bash
# Transactions export at scale (issue 7): seeds 1,000,000 payments into payment-service's database (SQL
# generate_series, once), then downloads GET /api/transactions/export straight from payment-service (no gateway) as
# CSV and XLSX for the first 100,000 rows (from/to filter) and for all 1,000,000, measuring the wall time, the bytes
# and payment-service's peak RSS while each download runs (sampled from /proc every 200 ms). Flat memory means the
# 1M peak stays where the 100k peak is. Prints a markdown table.
#
# Usage: bench/export.sh   (needs a suite whose launcher runs payment-service, psql and curl)
# Loopback only, bounded in time (each download is cut after 10 minutes). Seeded rows stay (gateway 'bench').
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/lib.sh
command -v psql >/dev/null 2>&1 || { echo "bench: psql is needed (Debian package 'postgresql-client')." >&2; exit 1; }
export SIMADMIN_HEALTH_TIMEOUT="${SIMADMIN_HEALTH_TIMEOUT:-400}"
ensure_suite
trap stop_if_started EXIT

pg_port="$(port_of postgres)"
service_port="$(port_of payment-service)"
[[ -n "$pg_port" && -n "$service_port" ]] || { echo "bench: PostgreSQL or payment-service is not up (./simadmin status)." >&2; exit 1; }
service_pid="$(./simadmin status | awk '$1 == "payment-service" && $2 == "up" { print $4 }')"
[[ -n "$service_pid" && -r "/proc/$service_pid/status" ]] || { echo "bench: cannot read payment-service's /proc entry." >&2; exit 1; }
sql() { psql -h localhost -p "$pg_port" -U postgres -d payments -v ON_ERROR_STOP=1 -qAt "$@"; }

echo "bench: seeding (skipped when already seeded) ..." >&2
began=$SECONDS
sql -f bench/export/seed-transactions.sql
sql -c "vacuum analyze transactions"
echo "bench:   $(sql -c "select count(*) from transactions where gateway = 'bench'") bench rows ($((SECONDS - began)) s)" >&2

auth="$(auth_header)"
headers=(); [[ -n "$auth" ]] && headers+=(-H "$auth")
base="http://localhost:$service_port/api/transactions/export"
rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$service_pid/status"; }

# case | query
cases=(
  "100k|from=2025-01-01T00:00:00Z&to=2025-02-04T17:20:01Z"
  "1M|from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z"
)
report="$BENCH_OUT/export-report.md"
{
  echo "| format | rows | seconds | MiB | RSS before (MiB) | peak RSS during (MiB) |"
  echo "|---|---|---|---|---|---|"
} >"$report"
for format in csv xlsx; do
  for entry in "${cases[@]}"; do
    name="${entry%%|*}"; query="${entry#*|}"
    before="$(rss_kib)"
    peak="$before"
    out="$BENCH_OUT/export-$name.$format"
    start="$(date +%s.%N)"
    timeout 600 curl -sf "${headers[@]}" -o "$out" "$base?format=$format&$query" &
    download=$!
    while kill -0 "$download" 2>/dev/null; do
      now="$(rss_kib)"; (( now > peak )) && peak="$now"
      sleep 0.2
    done
    wait "$download" || { echo "bench: the $name $format download failed." >&2; exit 1; }
    seconds="$(echo "$(date +%s.%N) - $start" | bc)"
    bytes="$(stat -c %s "$out")"
    printf "| %s | %s | %.1f | %.1f | %.0f | %.0f |\n" "$format" "$name" "$seconds" "$(echo "$bytes / 1048576" | bc -l)" \
      "$(echo "$before / 1024" | bc -l)" "$(echo "$peak / 1024" | bc -l)" >>"$report"
    rm -f "$out"
  done
done
cat "$report"
