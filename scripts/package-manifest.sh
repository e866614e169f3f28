#!/usr/bin/env bash
# Builds the Teams app package (manifest.json + icons) to manifest/build/planbot-teams-app.zip.
# Needs: MicrosoftAppId (the bot's Entra app id, a GUID) and PLANBOT_DOMAIN (the host name the
# bot's messaging endpoint lives on, e.g. planbot.example.org). Validates against the official
# v1.30 schema (npm @microsoft/app-manifest, installed by scripts/test.sh or 'npm ci' in tools/node).
# The plan page is declared as tabs: a personal tab (Kế hoạch của tôi) and a configurable channel/chat tab, both on
# https://PLANBOT_DOMAIN/plan/…; Teams SSO needs webApplicationInfo.resource = api://PLANBOT_DOMAIN/MicrosoftAppId, which must be
# the Application ID URI of the app registration (Expose an API, scope access_as_user, Teams clients pre-authorized).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
: "${MicrosoftAppId:?set MicrosoftAppId to the bot's app id (GUID)}"
: "${PLANBOT_DOMAIN:?set PLANBOT_DOMAIN to the bot's host name, e.g. planbot.example.org}"
if [[ ! "$PLANBOT_DOMAIN" =~ ^[A-Za-z0-9.-]+$ ]]; then
  echo "PLANBOT_DOMAIN must be a host name only (no https://, port or path), e.g. planbot.example.org; got '$PLANBOT_DOMAIN'" >&2
  exit 1
fi
if [ ! -d "$root/tools/node/node_modules" ]; then (cd "$root/tools/node" && npm ci --no-audit --no-fund >/dev/null); fi

out="${PLANBOT_PACKAGE_DIR:-$root/manifest/build}"  # tests package into their own folder
rm -rf "$out/app" && mkdir -p "$out/app"
sed -e "s/{{MicrosoftAppId}}/$MicrosoftAppId/g" -e "s/{{BotDomain}}/$PLANBOT_DOMAIN/g" "$root/manifest/manifest.json" > "$out/app/manifest.json"
cp "$root/manifest/color.png" "$root/manifest/outline.png" "$out/app/"

result=$(cd "$root/tools/node" && node validate-manifest.js "$out/app/manifest.json")
if [ "$result" != '{"errors":[]}' ]; then
  echo "manifest is not valid: $result" >&2
  exit 1
fi
rm -f "$out/planbot-teams-app.zip"
(cd "$out/app" && python3 -m zipfile -c ../planbot-teams-app.zip manifest.json color.png outline.png)
echo "$out/planbot-teams-app.zip"
