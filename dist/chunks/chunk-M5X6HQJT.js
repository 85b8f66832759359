import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

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

export {
  selectDriftRepairs
};
