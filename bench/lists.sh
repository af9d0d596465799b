#!/usr/bin/env bash
# List endpoints at scale (issue 6): seeds ~1,000,000 users, 100,000 resellers, 100,000 reseller clients and
# 100,000 tickets straight into the services' databases (SQL generate_series, idempotent: skipped once seeded),
# runs VACUUM ANALYZE, then measures p50/p95/p99 with wrk straight to each service (no gateway) for the default
# page, a ?q= name fragment, status + city/country (or plan) filters and a deep page (page=500), next to a
# same-run baseline: GET of one row by id. Prints a markdown table with the target (< 50 ms p95 at the service),
# then what the count behind totalElements costs in SQL (PostgreSQL's own timing), since that is what the page
# figures are made of.
#
# Usage: bench/lists.sh   (DURATION per row, default 10s; WARMUP, default 5s; CONNECTIONS, default 4)
# Loopback only, bounded in time (~5 minutes of wrk plus a one-time seed of ~3 minutes).
# Needs psql (Debian: postgresql-client) and wrk. Seeded rows stay in the suite's data (created_by 'bench').
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/lib.sh
need_wrk
command -v psql >/dev/null 2>&1 || { echo "bench: psql is needed (Debian package 'postgresql-client')." >&2; exit 1; }
# Full-JIT services on two cores can take longer than the launcher's default 120 s to answer UP.
export SIMADMIN_HEALTH_TIMEOUT="${SIMADMIN_HEALTH_TIMEOUT:-400}"
ensure_suite
trap stop_if_started EXIT

duration="${DURATION:-10s}"; warmup="${WARMUP:-5s}"; connections="${CONNECTIONS:-4}"
pg_port="$(port_of postgres)"
[[ -n "$pg_port" ]] || { echo "bench: PostgreSQL is not up (./simadmin status)." >&2; exit 1; }
# zonky's cluster trusts the superuser 'postgres' on localhost (no password).
sql() { local db="$1"; shift; psql -h localhost -p "$pg_port" -U postgres -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }

echo "bench: seeding (skipped where already seeded) ..." >&2
for pair in reseller:seed-resellers users:seed-users support:seed-tickets; do
  began=$SECONDS
  sql "${pair%%:*}" -f "bench/lists/${pair#*:}.sql"
  echo "bench:   ${pair#*:} done in $((SECONDS - began)) s" >&2
done
# VACUUM as well as ANALYZE: it sets the visibility map, without which a count cannot be an index-only scan
# (autovacuum does the same a while after a bulk load; the benchmark should not depend on when it ran).
for db in users reseller support; do sql "$db" -c "vacuum analyze"; done
echo "bench: $(sql users -c 'select count(*) from public_user') users, $(sql reseller -c 'select count(*) from reseller') resellers, $(sql reseller -c 'select count(*) from reseller_client') clients, $(sql support -c 'select count(*) from support_ticket') tickets" >&2

auth="$(auth_header)"
headers=(-H "Accept: application/json"); [[ -n "$auth" ]] && headers+=(-H "$auth")
users="http://localhost:$(port_of user-service)"
resellers="http://localhost:$(port_of reseller-service)"
support="http://localhost:$(port_of support-service)"
first_id() { curl -sf "${headers[@]}" "$1" | sed -n 's/^{"content":\[{"id":"\([^"]*\)".*/\1/p'; }
user_id="$(first_id "$users/api/users?size=1")"
reseller_id="$(first_id "$resellers/api/resellers?size=1")"
client_id="$(first_id "$resellers/api/clients?size=1")"
ticket_id="$(first_id "$support/api/support/tickets?size=1")"
[[ -n "$user_id" && -n "$reseller_id" && -n "$client_id" && -n "$ticket_id" ]] \
  || { echo "bench: a list answered no rows (is the API reachable with this token?)." >&2; exit 1; }

# list | case | url. Fragments and filters hit ~1 % (q) and ~3-10 % (filters) of the rows, as real searches do.
cases=(
  "users|default page|$users/api/users"
  "users|q=okafo|$users/api/users?q=okafo"
  "users|status=active&city=Kumasi|$users/api/users?status=active&city=Kumasi"
  "users|status=active&country=KE|$users/api/users?status=active&country=KE"
  "users|page=500|$users/api/users?page=500"
  "users|baseline: GET by id|$users/api/users/$user_id"
  "resellers|default page|$resellers/api/resellers"
  "resellers|q=harmattan|$resellers/api/resellers?q=harmattan"
  "resellers|status=active&city=Nairobi|$resellers/api/resellers?status=active&city=Nairobi"
  "resellers|page=500|$resellers/api/resellers?page=500"
  "resellers|baseline: GET by id|$resellers/api/resellers/$reseller_id"
  "clients|default page|$resellers/api/clients"
  "clients|q=okafo|$resellers/api/clients?q=okafo"
  "clients|status=active&plan=Unlimited|$resellers/api/clients?status=active&plan=Unlimited"
  "clients|page=500|$resellers/api/clients?page=500"
  "clients|baseline: GET by id|$resellers/api/clients/$client_id"
  "tickets|default page|$support/api/support/tickets"
  "tickets|q=porting|$support/api/support/tickets?q=porting"
  "tickets|status=open,in_progress|$support/api/support/tickets?status=open,in_progress"
  "tickets|page=500|$support/api/support/tickets?page=500"
  "tickets|baseline: GET by id|$support/api/support/tickets/$ticket_id"
)

run() { wrk -t1 -c"$connections" -d"$2" --latency -s bench/lists/percentiles.lua "${headers[@]}" "$1" >"$3"; }
rows=()
for i in "${!cases[@]}"; do
  IFS='|' read -r list name url <<<"${cases[$i]}"
  code="$(curl -s -o /dev/null -w '%{http_code}' "${headers[@]}" "$url")"
  [[ "$code" == 200 ]] || { echo "bench: $url answered $code" >&2; exit 1; }
  echo "bench: $list $name ..." >&2
  run "$url" "$warmup" "$BENCH_OUT/lists-warm.txt"
  run "$url" "$duration" "$BENCH_OUT/lists-$i.txt"
  rps="$(awk '$1 == "Requests/sec:" { print $2 }' "$BENCH_OUT/lists-$i.txt")"
  read -r p50 p95 p99 non2xx < <(sed -n 's/^PERCENTILES p50=\([^ ]*\) p95=\([^ ]*\) p99=\([^ ]*\) requests=[0-9]* non2xx=\([0-9]*\)$/\1 \2 \3 \4/p' "$BENCH_OUT/lists-$i.txt")
  rows+=("$list|$name|$p50|$p95|$p99|$rps|$non2xx")
done

echo "## List endpoints at scale ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, wrk -t1 -c$connections, $duration per row after $warmup warm-up, straight to each service)"
echo
echo "| list | request (size 20, sort createdAt desc, id) | p50 (ms) | p95 (ms) | p99 (ms) | req/s | target p95 < 50 ms |"
echo "|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do
  IFS='|' read -r list name p50 p95 p99 rps non2xx <<<"$row"
  verdict="$(awk -v p="$p95" 'BEGIN { print (p < 50 ? "met" : "missed") }')"
  [[ "$name" == baseline* ]] && verdict="(baseline)"
  (( non2xx > 0 )) && verdict="$verdict, $non2xx non-2xx"
  printf '| %s | %s | %.2f | %.2f | %.2f | %.0f | %s |\n' "$list" "$name" "$p50" "$p95" "$p99" "$rps" "$verdict"
done

# What totalElements costs: the count query Spring Data runs beside each page (a page alone is a few index rows).
echo
echo "### SQL cost of the page and of its count (PostgreSQL execution time, best of 3, ms)"
echo
echo "| list | request | page query | count query |"
echo "|---|---|---|---|"
best() { local db="$1" q="$2" t b=""; for _ in 1 2 3; do
    t="$(sql "$db" -c "explain (analyze, timing off, summary on) $q" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p')"
    b="$(awk -v a="$b" -v t="$t" 'BEGIN { print (a == "" || t < a) ? t : a }')"; done; echo "$b"; }
while IFS='|' read -r db list name where; do
  [[ -z "$db" || "$db" == \#* ]] && continue
  table="${where%% *}"; cond="${where#* }"
  page="$(best "$db" "select * from $table where $cond order by created_at desc, id limit 20")"
  count="$(best "$db" "select count(id) from $table where $cond")"
  printf '| %s | %s | %s | %s |\n' "$list" "$name" "$page" "$count"
done < bench/lists/count-cases.txt
echo
echo "Raw wrk output: $BENCH_OUT/lists-*.txt. Seeded rows are marked created_by/opened_by_id = 'bench'."
