import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  digestLiveStateWithoutAwsGrants,
  identifyChange
} from "./chunk-DV5KBW3G.js";
import {
  describeChange
} from "./chunk-67NWA6VW.js";
import {
  cliVersion
} from "./chunk-GAWI2FNZ.js";
import {
  UsageError,
  errorMessage
} from "./chunk-OXRK6FS4.js";

// cli/target-option.ts
var TARGET_OPTION = { target: { type: "string", multiple: !0 } }, TARGET_HELP = `      --target <key name>    plan only this key, its aliases and grants (repeatable); the
                             other keys are not read, and the plan says it is partial`;

// cli/write-saved-plan.ts
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

// core/plan/build-saved-plan.ts
function buildSavedPlan(input) {
  return {
    format_version: 1,
    kind: "kms-action-plan",
    tool_version: input.toolVersion,
    manifest: { path: input.manifestPath, sha256: input.manifestSha256 },
    owner: input.plan.owner,
    live_sha256: input.liveSha256,
    targets: input.plan.partial === void 0 ? null : [...input.plan.partial.targets].sort(),
    changes: input.plan.changes.map((change) => ({
      address: change.address,
      action: change.action,
      risk: change.risk,
      summary: describeChange(change),
      id: identifyChange(change)
    }))
  };
}

// cli/write-saved-plan.ts
async function writeSavedPlan(file, cwd, prepared) {
  let saved = buildSavedPlan({
    toolVersion: cliVersion(),
    manifestPath: prepared.manifestFile.manifestPath,
    manifestSha256: sha256(prepared.manifestFile.content),
    liveSha256: digestLiveStateWithoutAwsGrants(prepared.live),
    plan: prepared.plan
  });
  try {
    await writeFile(resolve(cwd, file), `${JSON.stringify(saved, null, 2)}
`);
  } catch (error) {
    throw new UsageError(`cannot write the plan to ${file}: ${errorMessage(error)}`);
  }
}
function sha256(content) {
  return createHash("sha256").update(content).digest("hex");
}

export {
  TARGET_OPTION,
  TARGET_HELP,
  writeSavedPlan,
  sha256
};
