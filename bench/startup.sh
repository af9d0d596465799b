#!/usr/bin/env bash
# Startup benchmark: `./simadmin start --detach` from stopped to all-healthy, then the resident memory
# of every process from `./simadmin status`, printed as a markdown table; then `./simadmin stop`.
# Usage: bench/startup.sh            (BENCH_TIMEOUT seconds bound the start, default 600)
# Build first (./simadmin start once) if you do not want the build in the wall-clock figure;
# the launcher's own "healthy in" figure never includes the build.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."

limit="${BENCH_TIMEOUT:-600}"
out="bench/out"
mkdir -p "$out"

if ./simadmin status >/dev/null 2>&1; then
  echo "bench: simadmin is already running; stop it first (./simadmin stop)." >&2
  exit 1
fi

started=0
cleanup() { if (( started )); then timeout 200 ./simadmin stop >>"$out/startup-stop.log" 2>&1 || true; fi; }
trap cleanup EXIT

t0="$(date +%s.%N)"
started=1
if ! timeout "$limit" ./simadmin start --detach >"$out/startup-start.log" 2>&1; then
  echo "bench: start failed or took over ${limit} s; last lines of $out/startup-start.log:" >&2
  tail -n 30 "$out/startup-start.log" >&2
  exit 1
fi
t1="$(date +%s.%N)"
./simadmin status >"$out/startup-status.txt" || true

wall="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
healthy="$(sed -n 's/.*services healthy in \([0-9.]*\) s.*/\1/p' "$out/startup-start.log" | tail -n 1)"

echo "## Startup ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load before start: $(cut -d' ' -f1-3 /proc/loadavg))"
echo
echo "- \`./simadmin start --detach\` wall clock: **${wall} s** (launcher's own figure, infra + all healthy: ${healthy:-?} s)"
echo
echo "| process | healthy after (s) | CPU until healthy (s) | port | RSS (MiB) |"
echo "|---|---|---|---|---|"
# status rows: NAME STATE PORT PID RSS "MiB" ...; start log rows: "  NAME up on :PORT in N s"
awk '
  FNR == NR {
    if ($2 == "up" && $3 == "on") for (i = 4; i < NF; i++) { if ($i == "in") t[$1] = $(i + 1); if ($(i + 2) == "CPU") c[$1] = $i }
    next
  }
  $1 == "PROCESS" || $1 == "simadmin:" || $1 == "URL:" { next }
  $1 == "total" { total = $2; next }
  {
    rss = "-"; for (i = 4; i <= NF; i++) if ($(i + 1) == "MiB") { rss = $i; break }
    secs = ($1 in t) ? t[$1] : "-"; cpu = ($1 in c) ? c[$1] : "-"
    port = ($3 ~ /^[0-9]+$/) ? $3 : "-"
    printf "| %s | %s | %s | %s | %s |\n", $1, secs, cpu, port, rss
  }
  END { printf "| **total** | | | | **%s** |\n", total }
' "$out/startup-start.log" "$out/startup-status.txt"
echo
echo "Start log: $out/startup-start.log, status: $out/startup-status.txt"

t2="$(date +%s.%N)"
timeout 200 ./simadmin stop >"$out/startup-stop.log" 2>&1 || true
started=0
echo "- \`./simadmin stop\`: $(awk -v a="$t2" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s"
