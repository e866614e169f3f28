#!/usr/bin/env bash
# Installs what the tests need and runs every test:
#   - Debian's Chromium (end-to-end tests drive the Agents Playground's web UI with it),
#   - Debian's PostgreSQL (a throwaway cluster on a local port: the database tests run on it too),
#   - Debian's libfaketime (crash tests start PlanBot processes at a chosen time of day, e.g. reminder time),
#   - Debian's libreoffice-writer-nogui and poppler-utils (the filed report's .docx is printed to PDF by LibreOffice,
#     its first page rendered to artifacts/reports/ by pdftoppm, its text read back by pdftotext),
#   - the npm packages in tools/node (Agents Playground, adaptivecards-templating, adaptivecards, Teams manifest schemas),
#   - NuGet packages (dotnet restore),
# then builds the solution and runs the unit, integration and end-to-end tests.
# Screenshots of the end-to-end run land in artifacts/e2e/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
for pkg in chromium python3 postgresql libfaketime libreoffice-writer-nogui poppler-utils; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
if ((${#need[@]})); then
  echo "== installing Debian packages: ${need[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "== npm packages (tools/node)"
(cd tools/node && npm ci --no-audit --no-fund --loglevel=error)

echo "== dotnet restore and build"
dotnet restore PlanBot.sln --nologo -v quiet
dotnet build PlanBot.sln --no-restore --nologo -v quiet -clp:ErrorsOnly

echo "== PostgreSQL: a throwaway cluster"
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdata=$(mktemp -d /tmp/planbot-pg.XXXXXX)
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }
chown postgres "$pgdata" 2>/dev/null || as_root chown postgres "$pgdata"
as_postgres "$pgbin/initdb" -D "$pgdata" -A trust -U postgres >/dev/null
pgport=""
for port in 55432 55433 55434 55435 55436; do
  if as_postgres "$pgbin/pg_ctl" -D "$pgdata" -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=1000 -c fsync=off" -l "$pgdata/log" -w start >/dev/null; then pgport=$port; break; fi
done
[ -n "$pgport" ] || { echo "PostgreSQL did not start:"; cat "$pgdata/log"; exit 1; }
stop_pg() { as_postgres "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdata"; }
trap stop_pg EXIT

echo "== tests"
log=$(mktemp)
set +e
dotnet test PlanBot.sln --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  # What PlanBot and the Playground printed during the end-to-end tests, for a failure seen only in CI.
  for f in artifacts/e2e/processes-*.log; do [ -f "$f" ] && { echo "== $f (last 80 lines)"; tail -80 "$f"; }; done
fi
echo "== the database tests again, on PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') (port $pgport)"
PLANBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres" dotnet test tests/PlanBot.Tests --no-build --nologo 2>&1 | tee -a "$log"
pgstatus=${PIPESTATUS[0]}
[ "$status" -ne 0 ] || status=$pgstatus
set -e
# One closing line over all test projects: "N passed, N failed".
awk '/^(Passed|Failed)!/ { for (i = 1; i < NF; i++) { v = $(i+1); gsub(",", "", v); if ($i == "Failed:") f += v; if ($i == "Passed:") p += v } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
