#!/usr/bin/env bash
# Runs PlanBot locally with no Microsoft 365 tenant: anonymous on 127.0.0.1:3978, an embedded SQLite
# database in data/planbot.db, together with the Microsoft 365 Agents Playground (a local Teams
# client) connected to it. Open the printed address in a browser and chat with PlanBot. Ctrl+C stops both.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
bot_port=${PLANBOT_PORT:-3978}
playground_port=${PLAYGROUND_PORT:-56150}

if [ ! -x tools/node/node_modules/.bin/agentsplayground ]; then
  echo "== installing the Agents Playground (npm)"
  (cd tools/node && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "== building PlanBot"
dotnet build src/PlanBot --nologo -v quiet -clp:ErrorsOnly

mkdir -p data
export ConnectionStrings__PlanBot=${ConnectionStrings__PlanBot:-"Data Source=$root/data/planbot.db"}
# A person at the terminal wants the two addresses and the warnings, not every request: PlanBot logs warnings and
# errors only, the Playground's own log goes to data/playground.log (set Logging__LogLevel__Default=Information for more).
export Logging__LogLevel__Default=${Logging__LogLevel__Default:-Warning}
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null || true; }
trap cleanup EXIT INT TERM

dotnet src/PlanBot/bin/Debug/net10.0/PlanBot.dll --urls "http://127.0.0.1:$bot_port" &
pids+=($!)
for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$bot_port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done

# The Playground opens a browser with xdg-open and exits if that fails; without a desktop, use a no-op.
if [ -z "${DISPLAY:-}" ] || ! command -v xdg-open >/dev/null; then
  shim=$(mktemp -d); printf '#!/bin/sh\nexit 0\n' > "$shim/xdg-open"; chmod +x "$shim/xdg-open"; export PATH="$shim:$PATH"
fi
(cd tools/node && exec node_modules/.bin/agentsplayground start -e "http://127.0.0.1:$bot_port/api/messages" -c msteams -p "$playground_port" --dt) \
  >"$root/data/playground.log" 2>&1 &
pids+=($!)

echo
echo "PlanBot:            http://127.0.0.1:$bot_port/api/messages"
echo "Agents Playground:  open http://localhost:$playground_port in your browser (its log: data/playground.log)"
echo "Press Ctrl+C to stop."
wait -n "${pids[@]}"
