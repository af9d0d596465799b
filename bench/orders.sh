#!/usr/bin/env bash
# Orders (issue 7's figures), in one run against one suite:
#  place  order placement: POST /api/orders (app_user order, a new Idempotency-Key per request) with wrk through the
#         gateway and straight to order-service, next to PostgreSQL's ceiling for the same SQL measured in the same run
#         with pgbench (bench/orders/place-order.pgbench: the placement transaction; place-request.pgbench: all SQL of
#         one request, idempotency key and relay included), and the CPU each process spent per order (from /proc) to
#         say where the time goes. Target: >= 500 orders/s with p99 < 100 ms through the gateway.
#  saga   POST /api/orders with paymentToken tok_visa → PaymentCompleted applied on the order (sandbox gateway): SAGA
#         orders placed one at a time through the gateway, then p50/p95/p99 from the databases' own timestamps (order
#         created_at → payment completed_at in payment-service → the order's "confirmed" history row).
#  list   GET /api/orders at 1,000,000 orders (seeded by SQL, once: bench/orders/seed-orders.sql): p50/p95/p99 of a
#         filtered first page and of page 5,000 reached by cursor (?after=), straight to order-service and through the
#         gateway, next to a same-run baseline (GET of one order by id).
# The plan and the user orders are placed for are made through the API (the user reaches order-service as an event).
# Prints markdown tables with the load average before each figure and, for placement, the host probe (bench/lib.sh:
# the machine is a guest whose host's speed varies).
#
# Usage: bench/orders.sh                 all three (starts the suite if none runs: full JIT, as bench/lib.sh does)
#        ONLY=place,saga bench/orders.sh  some of them
#        DURATION (load per row, default 20s), WARMUP (per path, default 90s: six JVMs on two cores still JIT-compile
#        for minutes, and a one-minute warm-up read half the warm figure), CONNECTIONS (place, default 16),
#        SAGA (orders, default 200), LIST_DURATION (default 10s), LIST_CONNECTIONS (default 4)
# Needs wrk, psql and pgbench (Debian: wrk, postgresql-client). Loopback only, bounded in time (~12 minutes plus a
# one-time seed of a few minutes). Seeded and placed orders stay in the suite's data (created_by 'bench' or the
# notes "bench …"); pgbench writes only to the scratch schema "bench" of the orders database.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/lib.sh
need_wrk
for tool in psql pgbench; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is needed (Debian package 'postgresql-client')." >&2; exit 1; }
done
export SIMADMIN_HEALTH_TIMEOUT="${SIMADMIN_HEALTH_TIMEOUT:-400}"
ensure_suite
trap stop_if_started EXIT

only=",${ONLY:-place,saga,list},"
duration="${DURATION:-20s}"; warmup="${WARMUP:-90s}"; connections="${CONNECTIONS:-16}"; saga_orders="${SAGA:-200}"
list_duration="${LIST_DURATION:-10s}"; list_connections="${LIST_CONNECTIONS:-4}"
gateway="$(gateway_url)"
pg_port="$(port_of postgres)"
order_port="$(port_of order-service)"
[[ -n "$pg_port" && -n "$order_port" && -n "$(port_of payment-service)" && -n "$(port_of user-service)" ]] \
  || { echo "bench: PostgreSQL, order-, payment- and user-service must be up (./simadmin status)." >&2; exit 1; }
direct="http://localhost:$order_port"
# zonky's cluster trusts the superuser 'postgres' on localhost (no password).
sql() { local db="$1"; shift; psql -h localhost -p "$pg_port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
load() { cut -d' ' -f1 /proc/loadavg; }
# Access tokens live 10 minutes: every part signs in anew.
headers=()
sign_in() { local auth; auth="$(auth_header)"; headers=(-H "Accept: application/json"); [[ -n "$auth" ]] && headers+=(-H "$auth"); return 0; }
percentiles() { sed -n 's/^PERCENTILES p50=\([^ ]*\) p95=\([^ ]*\) p99=\([^ ]*\) requests=\([0-9]*\) non2xx=\([0-9]*\)$/\1 \2 \3 \4 \5/p' "$1"; }

# A plan and a known user, made through the API once per data directory (found again by name and email).
sign_in
plan_id="$(curl -sf "${headers[@]}" "$gateway/api/plans?q=Bench%20Load&size=1" | sed -n 's/^{"content":\[{"id":"\([^"]*\)".*/\1/p')"
if [[ -z "$plan_id" ]]; then
  plan_id="$(curl -sf "${headers[@]}" -H 'Content-Type: application/json' -X POST "$gateway/api/plans" \
    -d '{"name":"Bench Load 5GB","networkProvider":"BenchNet","simType":"esim","price":"9.99","currency":"EUR","active":true}' \
    | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')"
fi
user_id="$(curl -sf "${headers[@]}" "$gateway/api/users?q=bench.buyer&size=1" | sed -n 's/^{"content":\[{"id":"\([^"]*\)".*/\1/p')"
if [[ -z "$user_id" ]]; then
  user_id="$(curl -sf "${headers[@]}" -H 'Content-Type: application/json' -X POST "$gateway/api/users" -d \
    '{"fullName":"Bench Buyer","email":"bench.buyer@bench.example","phone":"+233201234567","address":"1 Loop","city":"Accra","postalCode":"GA-100","country":"GH","dateOfBirth":"1990-01-01","idDocumentType":"passport","idDocumentNumber":"P1234567"}' \
    | sed -n 's/^{"id":"\([^"]*\)".*/\1/p')"
fi
[[ -n "$plan_id" && -n "$user_id" ]] || { echo "bench: could not create the bench plan or user through the API." >&2; exit 1; }
# UserRegistered reaches order-service's projection through the outbox and Kafka: wait for it (at most 60 s).
for _ in $(seq 1 120); do [[ "$(sql orders -c "select count(*) from user_ref where id = '$user_id'")" == 1 ]] && break; sleep 0.5; done
[[ "$(sql orders -c "select count(*) from user_ref where id = '$user_id'")" == 1 ]] \
  || { echo "bench: order-service has not learnt of user $user_id (is user-service's relay running?)." >&2; exit 1; }
export BENCH_USER="$user_id" BENCH_PLAN="$plan_id"

# CPU accounting from /proc: utime+stime (+ waited-for children, for PostgreSQL's backends) of every process of the
# suite, and the whole machine's busy and idle time from /proc/stat, as "name ticks" lines. The process list is read
# once: ./simadmin status is itself a JVM, which must not run inside a measured window.
clk="$(getconf CLK_TCK)"
processes="$(./simadmin status | awk '$2 == "up" && $4 ~ /^[0-9]+$/ && $1 != "kafka" && $1 != "smtp" { print $1, $4 }')"
ticks_of() { awk '{ print $14 + $15 + $16 + $17 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
cpu_snapshot() {
  local name pid total child
  while read -r name pid; do
    total="$(ticks_of "$pid")"
    if [[ "$name" == postgres ]]; then
      for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do total=$((total + $(ticks_of "$child"))); done
    fi
    [[ "$name" == launcher ]] && name="launcher-(Kafka,SMTP)"
    echo "$name $total"
  done <<<"$processes"
  awk '$1 == "cpu" { print "machine", $2 + $3 + $4 + $7 + $8 + $9; print "idle", $5 + $6 }' /proc/stat
}
# cpu_per_order BEFORE AFTER ORDERS LOADGEN_CPU_SECONDS → "name ms-per-order" lines: each process of the suite, the
# load generator, everything else the machine ran, all busy time, and "idle" as a percentage of the cores.
cpu_per_order() {
  awk -v n="$3" -v gen="$4" -v clk="$clk" '
    FNR == NR { before[$1] = $2; next }
    { d = ($2 - before[$1]) * 1000 / clk
      if ($1 == "machine") busy = d; else if ($1 == "idle") idle = d; else { printf "%s %.2f\n", $1, d / n; suite += d } }
    END {
      printf "load-generator %.2f\n", gen * 1000 / n
      printf "everything-else %.2f\n", (busy - suite - gen * 1000) / n
      printf "all-busy %.2f\n", busy / n
      printf "idle %.0f\n", 100 * idle / (busy + idle)
    }' "$1" "$2"
}

# measure NAME COMMAND… : runs a load generator between two CPU snapshots; its own CPU from bash's time.
measure() {
  local name="$1"; shift
  cpu_snapshot >"$BENCH_OUT/orders-cpu-$name-before.txt"
  local TIMEFORMAT='%U %S'
  { time "$@" >"$BENCH_OUT/orders-place-$name.txt" 2>&1; } 2>"$BENCH_OUT/orders-cpu-$name-generator.txt"
  cpu_snapshot >"$BENCH_OUT/orders-cpu-$name-after.txt"
}

place_part() {
  sign_in
  echo "bench: place: warming up ($warmup each path) ..." >&2
  wrk -t2 -c"$connections" -d"$warmup" "${headers[@]}" -s bench/orders/place-order.lua "$gateway" >"$BENCH_OUT/orders-warm-gateway.txt"
  wrk -t2 -c"$connections" -d"$warmup" "${headers[@]}" -s bench/orders/place-order.lua "$direct" >"$BENCH_OUT/orders-warm-direct.txt"
  sql orders -f bench/orders/pgbench-setup.sql 2>/dev/null

  local rows=() run count
  # gateway-2: the same path with 2 connections, i.e. the latency of an order when the machine is not saturated.
  for run in pgbench-transaction pgbench-request direct gateway gateway-2; do
    local before_load; before_load="$(load), $(host_probe) ms"
    echo "bench: place: $run ..." >&2
    case "$run" in
      pgbench-*)
        local script=place-order; [[ "$run" == pgbench-request ]] && script=place-request
        measure "$run" pgbench -h localhost -p "$pg_port" -U postgres -n -M prepared -c "$connections" -j 2 \
          -T "${duration%s}" -D plan="$plan_id" -D user="$user_id" -f "bench/orders/$script.pgbench" -r orders
        local tps lat
        tps="$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$BENCH_OUT/orders-place-$run.txt")"
        lat="$(sed -n 's/^latency average = \([0-9.]*\) ms$/\1/p' "$BENCH_OUT/orders-place-$run.txt")"
        count="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$BENCH_OUT/orders-place-$run.txt")"
        rows+=("pgbench $script.pgbench (PostgreSQL alone)|$tps|avg $lat|–|–|0|$before_load") ;;
      *)
        local url="$direct" conns="$connections"; [[ "$run" == gateway* ]] && url="$gateway"
        [[ "$run" == gateway-2 ]] && conns=2
        measure "$run" wrk -t2 -c"$conns" -d"$duration" --latency "${headers[@]}" -s bench/orders/place-order.lua "$url"
        local rps p50 p95 p99 non2xx
        rps="$(awk '$1 == "Requests/sec:" { print $2 }' "$BENCH_OUT/orders-place-$run.txt")"
        read -r p50 p95 p99 count non2xx < <(percentiles "$BENCH_OUT/orders-place-$run.txt")
        local what="wrk POST /api/orders, $run"; [[ "$run" == gateway-2 ]] && what="wrk POST /api/orders, gateway, 2 connections"
        rows+=("$what|$rps|$p50|$p95|$p99|$non2xx|$before_load") ;;
    esac
    cpu_per_order "$BENCH_OUT/orders-cpu-$run-before.txt" "$BENCH_OUT/orders-cpu-$run-after.txt" "$count" \
      "$(awk '{ print $1 + $2 }' "$BENCH_OUT/orders-cpu-$run-generator.txt")" >"$BENCH_OUT/orders-cpu-$run.txt"
  done

  echo "## Order placement ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $connections connections, $duration per row after $warmup warm-up per path)"
  echo
  echo "| what | orders/s | p50 (ms) | p95 (ms) | p99 (ms) | non-2xx | load, host probe before |"
  echo "|---|---|---|---|---|---|---|"
  local row what rps p50 p95 p99 non2xx before_load
  for row in "${rows[@]}"; do
    IFS='|' read -r what rps p50 p95 p99 non2xx before_load <<<"$row"
    printf '| %s | %.0f | %s | %s | %s | %s | %s |\n' "$what" "$rps" "$p50" "$p95" "$p99" "$non2xx" "$before_load"
  done
  echo
  echo "Target through the gateway: >= 500 orders/s with p99 < 100 ms. pgbench: transactions/s and average latency with"
  echo "the same number of clients (-M prepared), into scratch copies of the tables. Host probe: ms of a fixed CPU loop"
  echo "(bench/lib.sh host_probe); a slower probe means a busier host, and rows are comparable only at similar probes."
  echo
  echo "CPU ms per order, by process, during each row (utime+stime from /proc; the load generator from bash's time):"
  echo
  echo "| process | pgbench transaction | pgbench request | wrk direct | wrk gateway |"
  echo "|---|---|---|---|---|"
  awk -v cores="$(nproc)" '
    { v[FILENAME, $1] = $2; if (!($1 in seen)) { seen[$1] = 1; names[++k] = $1 } }
    END {
      n = split(ARGV[1] " " ARGV[2] " " ARGV[3] " " ARGV[4], files, " ")
      for (i = 1; i <= k; i++) {
        name = names[i]; if (name == "idle") continue
        label = name
        if (name == "launcher-(Kafka,SMTP)") label = "launcher (Kafka, SMTP)"
        if (name == "load-generator") label = "load generator (pgbench / wrk)"
        if (name == "everything-else") label = "everything else on the machine"
        if (name == "all-busy") label = "**all busy time**"
        line = "| " label
        for (j = 1; j <= n; j++) line = line " | " v[files[j], name]
        print line " |"
      }
      line = "| idle share of the cores"
      for (j = 1; j <= n; j++) line = line " | " v[files[j], "idle"] " %"
      print line " |"
      # The suite (every service, PostgreSQL and Kafka) on otherwise idle cores: what its CPU per order allows.
      line = "| orders/s the suite CPU allows on " cores " idle cores"
      for (j = 1; j <= n; j++) { suite = 0
        for (i = 1; i <= k; i++) if (names[i] !~ /^(load-generator|everything-else|all-busy|idle)$/) suite += v[files[j], names[i]]
        line = line " | " (suite > 0 ? sprintf("%.0f", cores * 1000 / suite) : "–") }
      print line " |"
    }' "$BENCH_OUT"/orders-cpu-{pgbench-transaction,pgbench-request,direct,gateway}.txt
  echo
}

# p50 p95 p99 max of a column of numbers
quantiles() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) { print "- - - -"; exit }
  printf "%.1f %.1f %.1f %.1f\n", v[int(NR * 0.50 + 0.999)], v[int(NR * 0.95 + 0.999)], v[int(NR * 0.99 + 0.999)], v[NR] }'; }

# Waits (at most 2 minutes) until the consumers have applied what earlier parts placed: payment-service's transactions
# and user-service's processed events stop growing for two seconds. Otherwise the saga's first orders queue behind
# the placement load's backlog and read as the saga's own tail.
settle() {
  local previous="" now
  for _ in $(seq 1 60); do
    now="$(sql payments -c "select count(*) from transactions") $(sql users -c "select count(*) from messaging.processed_event")"
    [[ "$now" == "$previous" ]] && return 0
    previous="$now"; sleep 2
  done
  echo "bench: saga: the consumers were still busy after 2 minutes; measuring anyway." >&2
}

saga_part() {
  settle
  sign_in
  local note="bench saga $(date +%s)" i before_load; before_load="$(load)"
  local body="{\"orderType\":\"app_user\",\"userId\":\"$user_id\",\"planId\":\"$plan_id\",\"deliveryAddress\":\"1 Bench Loop, Accra\",\"paymentToken\":\"tok_visa\",\"notes\":\"$note\"}"
  echo "bench: saga: placing $saga_orders orders with tok_visa, one at a time ..." >&2
  : >"$BENCH_OUT/orders-saga-post.txt"
  local started=$SECONDS
  for i in $(seq 1 "$saga_orders"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "${headers[@]}" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: bench-saga-$RANDOM$RANDOM-$i" -X POST "$gateway/api/orders" -d "$body" >>"$BENCH_OUT/orders-saga-post.txt"
    sleep 0.05
  done
  local placed_in=$((SECONDS - started))
  local created; created="$(awk '$1 == 201' "$BENCH_OUT/orders-saga-post.txt" | wc -l)"
  # Wait (at most 120 s) until every order of this run is paid.
  local paid=0
  for _ in $(seq 1 240); do
    paid="$(sql orders -c "select count(*) from sim_order where notes = '$note' and payment_status = 'paid'")"
    (( paid >= created )) && break
    sleep 0.5
  done
  (( created > 0 )) || { echo "bench: no order was placed (see $BENCH_OUT/orders-saga-post.txt)." >&2; exit 1; }
  # order id, created_at and confirmed-at (epoch seconds) from order-service; completed_at from payment-service.
  sql orders -F ' ' -c "select o.id, extract(epoch from o.created_at), extract(epoch from h.changed_at)
      from sim_order o join order_status_history h on h.order_id = o.id and h.to_status = 'confirmed'
      where o.notes = '$note'" | LC_ALL=C sort >"$BENCH_OUT/orders-saga-orders.txt"
  local ids; ids="$(awk -v q="'" '{ printf "%s%s%s%s", (NR > 1 ? "," : ""), q, $1, q }' "$BENCH_OUT/orders-saga-orders.txt")"
  sql payments -F ' ' -c "select order_id, extract(epoch from completed_at) from transactions
      where type = 'payment' and status = 'completed' and order_id in (${ids:-null})" \
    | LC_ALL=C sort >"$BENCH_OUT/orders-saga-payments.txt"
  LC_ALL=C join "$BENCH_OUT/orders-saga-orders.txt" "$BENCH_OUT/orders-saga-payments.txt" >"$BENCH_OUT/orders-saga-joined.txt"
  local total charge apply post
  total="$(awk '{ print ($3 - $2) * 1000 }' "$BENCH_OUT/orders-saga-joined.txt" | quantiles)"
  charge="$(awk '{ print ($4 - $2) * 1000 }' "$BENCH_OUT/orders-saga-joined.txt" | quantiles)"
  apply="$(awk '{ print ($3 - $4) * 1000 }' "$BENCH_OUT/orders-saga-joined.txt" | quantiles)"
  post="$(awk '$1 == 201 { print $2 * 1000 }' "$BENCH_OUT/orders-saga-post.txt" | quantiles)"

  echo "## Order → PaymentCompleted applied ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, sandbox gateway, load before $before_load)"
  echo
  echo "$created of $saga_orders orders placed through the gateway in ${placed_in} s (one at a time), $paid paid;"
  echo "$(wc -l <"$BENCH_OUT/orders-saga-joined.txt") with both timestamps."
  echo
  echo "| interval | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |"
  echo "|---|---|---|---|---|"
  local label values
  for label in "order created → payment completed (payment-service)|$charge" "payment completed → order paid and confirmed|$apply" \
               "**order created → PaymentCompleted applied on the order**|$total" "POST /api/orders answered (client side, curl)|$post"; do
    IFS='|' read -r label values <<<"$label"
    read -r a b c d <<<"$values"
    echo "| $label | $a | $b | $c | $d |"
  done
  echo
  echo "From the databases' own timestamps: sim_order.created_at, transactions.completed_at and the order's history row"
  echo "to 'confirmed' (written in the transaction that applies PaymentCompleted). Raw: $BENCH_OUT/orders-saga-*.txt"
  echo
}

list_part() {
  echo "bench: list: seeding 1,000,000 orders (skipped when already seeded) ..." >&2
  local began=$SECONDS
  sql orders -f bench/orders/seed-orders.sql
  sql orders -c "vacuum analyze sim_order"
  local count; count="$(sql orders -c "select count(*) from sim_order")"
  echo "bench:   $count orders ($((SECONDS - began)) s)" >&2
  sign_in
  # Page 5,000 (size 20) starts after row 99,980 of the list's order: its cursor is that row's (createdAt µs, id),
  # base64url as OrderCursor writes it. Checked once against the cursor the service itself gives for page 2.
  cursor() { sql orders -c "select (extract(epoch from created_at) * 1000000)::bigint || ':' || id from sim_order
      where $1 order by created_at desc, id desc offset $(( $2 - 1 )) limit 1" | tr -d '\n' | base64 -w0 | tr '+/' '-_' | tr -d '='; }
  local given; given="$(curl -sf "${headers[@]}" "$direct/api/orders?size=20" | sed -n 's/.*"next":"\([^"]*\)".*/\1/p')"
  [[ -n "$given" && "$given" == "$(cursor true 20)" ]] \
    || { echo "bench: the cursor made here ($(cursor true 20)) is not the service's ($given)." >&2; exit 1; }
  local deep deep_pending one
  deep="$(cursor true 99980)"
  deep_pending="$(cursor "status = 'pending'" 99980)"
  one="$(sql orders -c "select id from sim_order where created_by = 'bench' order by created_at desc limit 1 offset 500000")"

  # case | path
  local cases=(
    "first page, no filter|/api/orders"
    "first page, status=pending|/api/orders?status=pending"
    "first page, source=reseller&paymentStatus=refunded|/api/orders?source=reseller&paymentStatus=refunded"
    "page 5,000 by cursor, no filter|/api/orders?after=$deep"
    "page 5,000 by cursor, status=pending|/api/orders?status=pending&after=$deep_pending"
    "baseline: GET one order by id|/api/orders/$one"
  )
  local rows=() entry name path via base url
  for entry in "${cases[@]}"; do
    IFS='|' read -r name path <<<"$entry"
    for via in direct gateway; do
      base="$direct"; [[ "$via" == gateway ]] && base="$gateway"
      url="$base$path"
      local code; code="$(curl -s -o "$BENCH_OUT/orders-list-sample.json" -w '%{http_code}' "${headers[@]}" "$url")"
      [[ "$code" == 200 ]] || { echo "bench: $url answered $code" >&2; exit 1; }
      [[ "$name" == baseline* ]] || grep -q '"content":\[{' "$BENCH_OUT/orders-list-sample.json" \
        || { echo "bench: $url answered an empty page." >&2; exit 1; }
      echo "bench: list: $name, $via ..." >&2
      local before_load; before_load="$(load)"
      wrk -t1 -c"$list_connections" -d5s -s bench/lists/percentiles.lua "${headers[@]}" "$url" >/dev/null
      wrk -t1 -c"$list_connections" -d"$list_duration" --latency -s bench/lists/percentiles.lua "${headers[@]}" "$url" \
        >"$BENCH_OUT/orders-list-${#rows[@]}.txt"
      local rps p50 p95 p99 requests non2xx
      rps="$(awk '$1 == "Requests/sec:" { print $2 }' "$BENCH_OUT/orders-list-${#rows[@]}.txt")"
      read -r p50 p95 p99 requests non2xx < <(percentiles "$BENCH_OUT/orders-list-${#rows[@]}.txt")
      rows+=("$name|$via|$p50|$p95|$p99|$rps|$non2xx|$before_load")
    done
  done

  echo "## Orders list at $count orders ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t1 -c$list_connections, $list_duration per row after 5 s warm-up)"
  echo
  echo "| request (size 20, newest first) | via | p50 (ms) | p95 (ms) | p99 (ms) | req/s | non-2xx | load before |"
  echo "|---|---|---|---|---|---|---|---|"
  local row
  for row in "${rows[@]}"; do
    IFS='|' read -r name via p50 p95 p99 rps non2xx before_load <<<"$row"
    printf '| %s | %s | %.2f | %.2f | %.2f | %.0f | %s | %s |\n' "$name" "$via" "$p50" "$p95" "$p99" "$rps" "$non2xx" "$before_load"
  done
  # What a first page is made of: the page query and the capped count (OrderQueries: at most 10,001 matches).
  echo
  echo "### SQL behind each first page (PostgreSQL execution time, best of 3, ms)"
  echo
  echo "| filter | page query | count capped at 10,001 |"
  echo "|---|---|---|"
  best() { local q="$1" t b=""; for _ in 1 2 3; do
      t="$(sql orders -c "explain (analyze, timing off, summary on) $q" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p')"
      b="$(awk -v a="$b" -v t="$t" 'BEGIN { print (a == "" || t < a) ? t : a }')"; done; echo "$b"; }
  local where
  for where in "true" "status = 'pending'" "order_type = 'reseller_client' and payment_status = 'refunded'"; do
    printf '| %s | %s | %s |\n' "$where" \
      "$(best "select * from sim_order where $where order by created_at desc, id desc limit 20")" \
      "$(best "select count(*) from (select 1 from sim_order where $where limit 10001) matching")"
  done
  echo
  echo "Raw wrk output: $BENCH_OUT/orders-list-*.txt. Seeded orders are created_by 'bench', numbered ORD-<year>-B…."
  echo
}

[[ "$only" == *,place,* ]] && place_part
[[ "$only" == *,saga,* ]] && saga_part
[[ "$only" == *,list,* ]] && list_part
exit 0
