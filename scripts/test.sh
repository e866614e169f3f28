#!/usr/bin/env bash
# Installs what the tests need and runs every test:
#   - Debian's Chromium (end-to-end tests drive the Agents Playground's web UI with it),
#   - the npm packages in tools/node (Agents Playground, adaptivecards-templating, adaptivecards, Teams manifest schemas),
#   - NuGet packages (dotnet restore),
# then builds the solution and runs the unit, integration and end-to-end tests.
# Screenshots of the end-to-end run land in artifacts/e2e/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

need=()
for pkg in chromium python3; do dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg"); done
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

echo "== tests"
log=$(mktemp)
set +e
dotnet test PlanBot.sln --no-build --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line over all test projects: "N passed, N failed".
awk '/^(Passed|Failed)!/ { for (i = 1; i < NF; i++) { v = $(i+1); gsub(",", "", v); if ($i == "Failed:") f += v; if ($i == "Passed:") p += v } }
     END { printf "%d passed, %d failed\n", p, f }' "$log"
rm -f "$log"
exit "$status"
