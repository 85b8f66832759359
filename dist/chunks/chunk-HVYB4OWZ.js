import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/plan/digest-live-state.ts
import { createHash } from "node:crypto";

// core/plan/canonical-json.ts
function canonicalJson(value) {
  return JSON.stringify(value, (_key, entry) => typeof entry != "object" || entry === null || Array.isArray(entry) ? entry : Object.fromEntries(
    Object.entries(entry).sort(
      ([a], [b]) => a < b ? -1 : a > b ? 1 : 0
    )
  ));
}

// core/plan/digest-live-state.ts
function digestLiveState(live) {
  return createHash("sha256").update(canonicalJson(live)).digest("hex");
}

// core/plan/select-drift-repairs.ts
function selectDriftRepairs(desired, changes, previous) {
  if (previous === null) return [];
  let enabledBefore = previous === void 0 ? void 0 : new Map(
    previous.keys.filter((key) => key.state === "enabled").map((key) => [key.name, key])
  ), enabled = new Set(
    desired.keys.filter((key) => key.state === "enabled").filter((key) => enabledBefore === void 0 || isSameKey(key, enabledBefore.get(key.name))).map((key) => key.name)
  );
  return changes.filter(
    (change) => enabled.has(change.key) && (change.action === "cancel-deletion" || change.action === "enable")
  );
}
function isSameKey(key, before) {
  return before !== void 0 && before.account === key.account && before.region === key.region && before.adopt === key.adopt && before.movedFrom === key.movedFrom;
}

// core/plan/identify-change.ts
import { createHash as createHash2 } from "node:crypto";
var RENDERING = /* @__PURE__ */ new Set(["note", "risk", "policyDiff", "access", "widens"]);
function identifyChange(change) {
  let essence = Object.fromEntries(
    Object.entries(change).filter(([field]) => !RENDERING.has(field))
  );
  return createHash2("sha256").update(canonicalJson(essence)).digest("hex");
}

export {
  identifyChange,
  digestLiveState,
  selectDriftRepairs
};
