#!/usr/bin/env bash
# Sign-in and token checking costs (issue 5's figures):
#  1. login requests/s and p99 at the configured Argon2 cost, against a same-run baseline of the cheapest request
#     auth-service answers (GET /api/auth/.well-known/jwks.json), both straight to auth-service. Logins come from
#     made-up client addresses (X-Forwarded-For) so neither rate limit answers instead of Argon2: the gateway's
#     sign-in limit (20/min per address) is bypassed by calling auth-service directly, auth-service's own per-address
#     limit by the rotating header, which only the gateway may set in a deployment (ADR 0007).
#  2. token validation per request in a service: JMH over platform-security's decoder (RS256, JWKS cached), µs/op.
# Usage: bench/auth.sh            both (starts the suite if none runs)
#        ONLY=jmh bench/auth.sh   only the JMH part (no suite needed)
#        DURATION (default 20s), CONNECTIONS (default 4)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/lib.sh

duration="${DURATION:-20s}"; connections="${CONNECTIONS:-4}"

login_part() {
  need_wrk
  ensure_suite
  trap stop_if_started EXIT
  local direct password
  direct="http://localhost:$(port_of auth-service)"
  [[ "$direct" != "http://localhost:" ]] || { echo "bench: auth-service is not up." >&2; exit 1; }
  password="$(sed -n 's/^demo.admin.password=//p' "${SIMADMIN_DATA_DIR:-.data}/secrets.properties")"
  [[ -n "$password" ]] || { echo "bench: no demo admin password in ${SIMADMIN_DATA_DIR:-.data}/secrets.properties." >&2; exit 1; }
  curl -sf -o /dev/null -X POST "$direct/api/auth/login/" -H 'Content-Type: application/json' -H 'X-Forwarded-For: 10.99.0.1' \
    -d "{\"login\":\"admin@example.com\",\"password\":\"$password\"}" || { echo "bench: the demo admin cannot sign in." >&2; exit 1; }

  echo "bench: warming up ..." >&2
  wrk -t2 -c"$connections" -d10s "$direct/api/auth/.well-known/jwks.json" >/dev/null
  BENCH_PASSWORD="$password" wrk -t2 -c"$connections" -d10s -s bench/auth-login.lua "$direct" >/dev/null

  wrk -t2 -c"$connections" -d"$duration" --latency "$direct/api/auth/.well-known/jwks.json" >"$BENCH_OUT/auth-jwks.txt"
  BENCH_PASSWORD="$password" wrk -t2 -c"$connections" -d"$duration" --latency -s bench/auth-login.lua "$direct" \
    >"$BENCH_OUT/auth-login.txt" 2>"$BENCH_OUT/auth-login.err"
  local non200; non200="$(grep -c '^login answered' "$BENCH_OUT/auth-login.err" || true)"
  read -r jp50 jp99 jrps <<<"$(wrk_figures "$BENCH_OUT/auth-jwks.txt")"
  read -r lp50 lp99 lrps <<<"$(wrk_figures "$BENCH_OUT/auth-login.txt")"

  echo "## Sign-in ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t2 -c$connections, $duration each, straight to auth-service)"
  echo
  echo "| request | p50 (ms) | p99 (ms) | req/s |"
  echo "|---|---|---|---|"
  echo "| GET /api/auth/.well-known/jwks.json (baseline) | $jp50 | $jp99 | $jrps |"
  echo "| POST /api/auth/login/ (Argon2id m=19 MiB, t=2, p=1) | $lp50 | $lp99 | $lrps |"
  echo
  [[ "$non200" == 0 ]] || echo "**Warning:** some logins did not answer 200 (see $BENCH_OUT/auth-login.err); the figure is not clean."
  echo "Raw wrk output: $BENCH_OUT/auth-jwks.txt, $BENCH_OUT/auth-login.txt"
  echo
}

jmh_part() {
  echo "bench: building the JMH benchmark ..." >&2
  mvn -B -q -f bench/jwt-validation/pom.xml package dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt >"$BENCH_OUT/jmh-build.log" 2>&1 || { tail -n 30 "$BENCH_OUT/jmh-build.log" >&2; exit 1; }
  local dir=bench/jwt-validation/target
  "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$dir/classes:$(cat "$dir/classpath.txt")" org.openjdk.jmh.Main -rf text -rff "$BENCH_OUT/jwt-validation.txt" \
    >"$BENCH_OUT/jwt-validation.log" 2>&1 || { tail -n 30 "$BENCH_OUT/jwt-validation.log" >&2; exit 1; }
  echo "## Token validation in a service ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, JMH avgt, 1 fork, 5 × 2 s)"
  echo
  echo '```'
  cat "$BENCH_OUT/jwt-validation.txt"
  echo '```'
  echo "decode = a token seen for the first time (RS256 verify, typ, iss, aud, exp/nbf; JWKS fetched once and cached),"
  echo "the baseline; decodeRemembered = the same token again (VerifiedTokens: claims checked anew, no signature check);"
  echo "decodeAndAuthorize = a remembered token plus roles/scopes → authorities, i.e. what a request pays before the controller."
}

[[ "${ONLY:-}" == "jmh" ]] || login_part
jmh_part
