// Validates a Teams app manifest against the official v1.30 schema shipped offline in
// @microsoft/app-manifest. Usage: node validate-manifest.js manifest.json  → prints {"errors":[...]}
const fs = require("fs");
const { AppManifestUtils } = require("@microsoft/app-manifest");

(async () => {
  const manifest = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const errors = await AppManifestUtils.validateAgainstSchema(manifest);
  if (manifest.manifestVersion !== "1.30") errors.push(`manifestVersion is ${manifest.manifestVersion}, expected 1.30`);
  process.stdout.write(JSON.stringify({ errors }));
})().catch((e) => {
  process.stderr.write(String(e && e.stack || e));
  process.exit(2);
});
