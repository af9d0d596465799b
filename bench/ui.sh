#!/usr/bin/env bash
# Admin panel benchmark: the dashboard's Largest Contentful Paint on a cold cache in Debian's Chromium, next to the
# sign-in page's in the same run (admin-ui/bench/lcp.spec.ts), through the gateway of a running suite (started here
# if none is). Prints one line for bench/RESULTS.md; the figures land in bench/out/ui-lcp.json.
# Usage: bench/ui.sh          (SIMADMIN_UI_BENCH_RUNS cold loads of each page, default 7)
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.."
source bench/lib.sh

chromium="${SIMADMIN_E2E_CHROMIUM:-/usr/bin/chromium}"
[[ -x "$chromium" ]] || { echo "bench: Chromium is needed (Debian package 'chromium')." >&2; exit 1; }
[[ -x admin-ui/node_modules/.bin/playwright ]] || { echo "bench: run 'npm ci' in admin-ui first (or build it with Maven)." >&2; exit 1; }

ensure_suite
trap stop_if_started EXIT

password="$(sed -n 's/^demo.admin.password=//p' "${SIMADMIN_DATA_DIR:-.data}/secrets.properties")"
url="$(gateway_url)"
echo "## Admin panel LCP ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg))"
(
  cd admin-ui
  SIMADMIN_UI_BENCH=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 SIMADMIN_E2E_CHROMIUM="$chromium" \
    SIMADMIN_E2E_BASE_URL="$url" SIMADMIN_E2E_EMAIL=superadmin@example.com SIMADMIN_E2E_PASSWORD="$password" \
    npx playwright test --project=bench --reporter=line 2>&1 | grep -E '^LCP|failed|Error' || true
)
