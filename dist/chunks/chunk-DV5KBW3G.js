import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  isAwsGrantee
} from "./chunk-7J6WFNQB.js";

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

// core/plan/digest-live-state-without-aws-grants.ts
function digestLiveStateWithoutAwsGrants(live) {
  return digestLiveState({
    ...live,
    owned: live.owned.map(withoutAwsGrants),
    adopted: live.adopted.map(
      (entry) => entry.found ? { ...entry, key: withoutAwsGrants(entry.key) } : entry
    ),
    ...live.replicas === void 0 ? {} : { replicas: live.replicas.map(withoutAwsGrants) }
  });
}
function withoutAwsGrants(key) {
  return key.grants === void 0 ? key : { ...key, grants: key.grants.filter((grant) => !isAwsGrantee(grant.granteePrincipal)) };
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
  digestLiveStateWithoutAwsGrants
};
