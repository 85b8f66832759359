import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  replicaAddress
} from "./chunk-7J6WFNQB.js";

// core/plan/select-drift-repairs.ts
function selectDriftRepairs(desired, changes, previous) {
  if (previous === null) return [];
  let enabledBefore = previous === void 0 ? void 0 : new Map(
    previous.keys.filter((key) => key.state === "enabled").map((key) => [key.name, key])
  ), enabled = new Set(
    desired.keys.filter((key) => key.state === "enabled").filter((key) => enabledBefore === void 0 || isSameKey(key, enabledBefore.get(key.name))).map((key) => key.name)
  ), enabledReplicas = new Set(
    desired.keys.flatMap(
      (key) => key.replicas.filter((replica) => replica.state === "enabled").filter(
        (replica) => enabledBefore === void 0 || isSameKey(key, enabledBefore.get(key.name)) && enabledBefore.get(key.name)?.replicas.some(
          (earlier) => earlier.region === replica.region && earlier.state === "enabled"
        ) === !0
      ).map((replica) => replicaAddress(key.name, replica.region))
    )
  );
  return changes.filter((change) => change.action !== "cancel-deletion" && change.action !== "enable" ? !1 : change.address.startsWith(`key.${change.key}.replica.`) ? enabledReplicas.has(change.address) : enabled.has(change.key));
}
function isSameKey(key, before) {
  return before !== void 0 && before.account === key.account && before.region === key.region && before.adopt === key.adopt && before.movedFrom === key.movedFrom;
}

export {
  selectDriftRepairs
};
