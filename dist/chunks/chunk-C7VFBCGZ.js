import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/plan/identify-change.ts
import { createHash } from "node:crypto";

// core/plan/canonical-json.ts
function canonicalJson(value) {
  return JSON.stringify(value, (_key, entry) => typeof entry != "object" || entry === null || Array.isArray(entry) ? entry : Object.fromEntries(
    Object.entries(entry).sort(
      ([a], [b]) => a < b ? -1 : a > b ? 1 : 0
    )
  ));
}

// core/plan/identify-change.ts
var RENDERING = /* @__PURE__ */ new Set(["note", "risk", "policyDiff", "access", "widens"]);
function identifyChange(change) {
  let essence = Object.fromEntries(
    Object.entries(change).filter(([field]) => !RENDERING.has(field))
  );
  return createHash("sha256").update(canonicalJson(essence)).digest("hex");
}

// core/plan/digest-live-state.ts
import { createHash as createHash2 } from "node:crypto";
function digestLiveState(live) {
  return createHash2("sha256").update(canonicalJson(live)).digest("hex");
}

export {
  identifyChange,
  digestLiveState
};
