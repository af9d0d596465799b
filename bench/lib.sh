# Shared by the load benchmarks: a running suite (started here with the full JIT if none is running), ports
# from ./simadmin status, wrk's figures, and the Authorization header once the API requires one.
# Every benchmark targets this machine's loopback only and is bounded in time.

BENCH_OUT="${BENCH_OUT:-bench/out}"
mkdir -p "$BENCH_OUT"
BENCH_STARTED=0

need_wrk() {
  command -v wrk >/dev/null 2>&1 || { echo "bench: wrk is needed (Debian package 'wrk': apt-get install wrk)." >&2; exit 1; }
}

# Starts the suite for measuring throughput: the C1-only default of the services and of the launcher (the Kafka
# broker) favours start-up, not peak speed.
ensure_suite() {
  if ! ./simadmin status >/dev/null 2>&1; then
    echo "bench: starting the suite (full JIT) ..." >&2
    # Full JIT start takes longer than the launcher's default health wait on a busy 2-core machine.
    SIMADMIN_HEALTH_TIMEOUT="${SIMADMIN_HEALTH_TIMEOUT:-400}" SIMADMIN_JVM_OPTS="-XX:TieredStopAtLevel=4 ${SIMADMIN_JVM_OPTS:-}" \
      SIMADMIN_LAUNCHER_JVM_OPTS="-XX:TieredStopAtLevel=4 ${SIMADMIN_LAUNCHER_JVM_OPTS:-}" timeout 900 ./simadmin start --detach >"$BENCH_OUT/suite-start.log" 2>&1 \
      || { tail -n 30 "$BENCH_OUT/suite-start.log" >&2; exit 1; }
    BENCH_STARTED=1
  fi
}

stop_if_started() {
  if (( BENCH_STARTED )); then timeout 300 ./simadmin stop >/dev/null 2>&1 || true; fi
}

# host_probe → milliseconds a fixed, single-threaded CPU loop takes now. The machine is a guest sharing its host: the
# same loop has read 700 to 960 ms within ten minutes on a quiet suite, so a figure is only comparable with figures
# taken at a similar probe.
host_probe() {
  local TIMEFORMAT='%R' seconds
  seconds="$( { time awk 'BEGIN { for (i = 0; i < 1e7; i++) s += i % 7; if (s < 0) print s }'; } 2>&1 )"
  awk -v s="$seconds" 'BEGIN { printf "%.0f", s * 1000 }'
}

# Port of a process from ./simadmin status (PROCESS STATE PORT PID RSS).
port_of() {
  ./simadmin status | awk -v name="$1" '$1 == name && $2 == "up" { print $3 }'
}

gateway_url() {
  ./simadmin status | sed -n 's/^URL: //p'
}

# "Authorization: Bearer …" for the demo super admin once auth-service is part of the suite; empty before.
auth_header() {
  if [[ -n "$(port_of auth-service)" ]]; then
    local password token
    password="$(sed -n 's/^demo.admin.password=//p' "${SIMADMIN_DATA_DIR:-.data}/secrets.properties")"
    token="$(curl -sf -X POST "$(gateway_url)/api/auth/login/" -H 'Content-Type: application/json' \
      -d "{\"login\":\"superadmin@example.com\",\"password\":\"$password\"}" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')"
    [[ -n "$token" ]] || { echo "bench: could not log in as the demo super admin." >&2; exit 1; }
    echo "Authorization: Bearer $token"
  fi
}

# wrk --latency output → "p50_ms p99_ms requests_per_s"
wrk_figures() {
  awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) } $1 == "Requests/sec:" { rps = $2 }
    END { printf "%.2f %.2f %.0f\n", p50, p99, rps }' "$1"
}
