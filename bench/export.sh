#!/usr/bin/env bash
# Transactions export at scale (issue 7): seeds 1,000,000 completed payments into payment-service's database (SQL
# generate_series, once: bench/export/seed-transactions.sql), then downloads GET /api/transactions/export as CSV and
# XLSX for the first 100,000 of them (a from/to filter) and for all 1,000,000, straight from payment-service, and the
# million once more through the gateway. For each download: wall time, rows/s, size, rows in the file (a truncated
# stream must not look fast) and the peak RSS of payment-service (and of the gateway) sampled from /proc every 200 ms,
# next to the RSS before it — the same-run baseline. Flat memory means the 1M peak stays where the 100k peak is.
# A 10,000-row download per format warms the JIT up first. Prints a markdown table with the load average per row.
#
# Usage: bench/export.sh   (needs a suite that runs payment-service and the gateway, psql, curl and unzip)
# Loopback only, bounded in time (each download is cut after 10 minutes). Seeded rows stay (gateway 'bench').
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/lib.sh
for tool in psql unzip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is needed (Debian packages 'postgresql-client', 'unzip')." >&2; exit 1; }
done
export SIMADMIN_HEALTH_TIMEOUT="${SIMADMIN_HEALTH_TIMEOUT:-400}"
ensure_suite
trap stop_if_started EXIT

pid_of() { ./simadmin status | awk -v name="$1" '$1 == name && $2 == "up" { print $4 }'; }
pg_port="$(port_of postgres)"
service_port="$(port_of payment-service)"
service_pid="$(pid_of payment-service)"
gateway_pid="$(pid_of gateway-service)"
[[ -n "$pg_port" && -n "$service_port" && -n "$gateway_pid" ]] \
  || { echo "bench: PostgreSQL, payment-service or the gateway is not up (./simadmin status)." >&2; exit 1; }
[[ -n "$service_pid" && -r "/proc/$service_pid/status" ]] || { echo "bench: cannot read payment-service's /proc entry." >&2; exit 1; }
sql() { psql -h localhost -p "$pg_port" -U postgres -d payments -v ON_ERROR_STOP=1 -qAt "$@"; }

echo "bench: seeding (skipped when already seeded) ..." >&2
began=$SECONDS
sql -f bench/export/seed-transactions.sql
sql -c "vacuum analyze transactions"
echo "bench:   $(sql -c "select count(*) from transactions where gateway = 'bench'") bench rows ($((SECONDS - began)) s)" >&2

auth="$(auth_header)"
headers=(); [[ -n "$auth" ]] && headers+=(-H "$auth")
rss_mib() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
heap_flag="$(tr '\0' '\n' <"/proc/$service_pid/cmdline" | grep '^-Xmx' | tail -n 1 || true)"
# Rows in a download: CSV lines after the header; XLSX <row> elements of the sheet after the header row (unzip also
# proves the archive complete: a stream cut short has no central directory).
rows_in() {
  if [[ "$2" == csv ]]; then echo $(( $(wc -l <"$1") - 1 ))
  # The sheet is one line of ~1 GB at a million rows: split it at every tag rather than grep it whole.
  else echo $(( $(unzip -p "$1" 'xl/worksheets/sheet1.xml' | tr '<' '\n' | grep -c '^row[ >]') - 1 )); fi
}

# The seed puts one payment every 30 s from 2025-01-01T00:00:30Z: the 10,000th at 2025-01-04T11:20:00Z, the 100,000th
# at 2025-02-04T17:20:00Z, the 1,000,000th within 2025 (to is exclusive).
declare -A range=(
  [10k]="from=2025-01-01T00:00:00Z&to=2025-01-04T11:20:01Z"
  [100k]="from=2025-01-01T00:00:00Z&to=2025-02-04T17:20:01Z"
  [1M]="from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z"
)
declare -A expected=([10k]=10000 [100k]=100000 [1M]=1000000)

# download FORMAT SIZE VIA → one table row
download() {
  local format="$1" size="$2" via="$3" base out load_before rss_before gw_before peak gw_peak start seconds bytes rows now
  base="http://localhost:$service_port"; [[ "$via" == gateway ]] && base="$(gateway_url)"
  out="$BENCH_OUT/export-$size-$via.$format"
  load_before="$(cut -d' ' -f1 /proc/loadavg)"
  rss_before="$(rss_mib "$service_pid")"; gw_before="$(rss_mib "$gateway_pid")"
  peak="$rss_before"; gw_peak="$gw_before"
  start="$(date +%s.%N)"
  timeout 600 curl -sSf "${headers[@]}" -o "$out" "$base/api/transactions/export?format=$format&${range[$size]}" &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    now="$(rss_mib "$service_pid")"; (( now > peak )) && peak="$now"
    now="$(rss_mib "$gateway_pid")"; (( now > gw_peak )) && gw_peak="$now"
    sleep 0.2
  done
  wait "$pid" || { echo "bench: the $size $format download ($via) failed." >&2; exit 1; }
  seconds="$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  bytes="$(stat -c %s "$out")"
  rows="$(rows_in "$out" "$format")"
  rm -f "$out"
  (( rows == ${expected[$size]} )) || echo "bench: the $size $format download ($via) held $rows rows, not ${expected[$size]}." >&2
  local gateway_cells="–"; [[ "$via" == gateway ]] && gateway_cells="$gw_before / $gw_peak"
  awk -v f="$format" -v r="$rows" -v v="$via" -v s="$seconds" -v b="$bytes" -v rb="$rss_before" -v p="$peak" \
      -v g="$gateway_cells" -v l="$load_before" \
    'BEGIN { printf "| %s | %d | %s | %.1f | %d | %.1f | %d / **%d** | %s | %s |\n", f, r, v, s, r / s, b / 1048576, rb, p, g, l }'
}

echo "bench: warming up (10,000 rows per format) ..." >&2
download csv 10k direct >/dev/null
download xlsx 10k direct >/dev/null
rows=()
for format in csv xlsx; do
  for size in 100k 1M; do
    echo "bench: $format $size direct ..." >&2
    rows+=("$(download "$format" "$size" direct)")
  done
done
for format in csv xlsx; do
  echo "bench: $format 1M through the gateway ..." >&2
  rows+=("$(download "$format" 1M gateway)")
done

echo "## Transactions export ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, payment-service ${heap_flag:-(default heap)}, RSS sampled every 200 ms)"
echo
echo "| format | rows | via | seconds | rows/s | MiB | payment-service RSS before / peak (MiB) | gateway RSS before / peak (MiB) | load before |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "Rows counted in each downloaded file. Seeded rows: gateway 'bench', TXN-BENCH-nnnnnnn."
