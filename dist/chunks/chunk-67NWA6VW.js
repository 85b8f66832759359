import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/render/describe-change.ts
function describeChange(change) {
  switch (change.action) {
    case "create":
      return `create ${change.after.keySpec} key${change.after.multiRegion ? " (multi-Region)" : ""}: ${change.after.description || "(no description)"}`;
    case "adopt":
      return "adopt the existing key: add the kms-action ownership tags";
    case "retag":
      return `rename the key ${change.before} -> ${change.after} (re-tag kms-action:key; the key, its aliases and grants stay)`;
    case "update-description":
      return `description: ${JSON.stringify(change.before)} -> ${JSON.stringify(change.after)}`;
    case "update-rotation": {
      let show = (setting) => setting.enabled ? `on${setting.periodInDays === void 0 ? "" : ` every ${setting.periodInDays} days`}` : "off";
      return `rotation: ${show(change.before)} -> ${show(change.after)}`;
    }
    case "update-policy":
      return change.before === void 0 ? "set the key policy" : "update the key policy";
    case "tag":
      return `tags: ${[
        ...Object.entries(change.set).map(([name, value]) => `${name}=${JSON.stringify(value)}`),
        ...change.remove.map((name) => `-${name}`)
      ].join(", ")}`;
    case "enable":
      return `enable the key (${change.before} -> Enabled)`;
    case "disable":
      return `disable the key (${change.before} -> Disabled)`;
    case "schedule-deletion":
      return `schedule deletion in ${change.windowInDays} days`;
    case "cancel-deletion":
      return "cancel the scheduled deletion (the key comes back disabled)";
    case "create-alias":
      return `create ${change.alias} -> ${change.after}`;
    case "retarget":
      return `retarget ${change.alias}: ${change.before} -> ${change.after}`;
    case "delete-alias":
      return `delete ${change.alias} (points to ${change.before})`;
    case "create-grant":
      return `create grant ${change.after.name} for ${change.after.granteePrincipal}: ${change.after.operations.join(", ")}`;
    case "revoke-grant":
      return `revoke grant ${change.before.name || change.grantId} of ${change.before.granteePrincipal}: ${change.before.operations.join(", ")}`;
    case "create-replica":
      return `replicate the key to ${change.replicaRegion}, with ${change.replica.policy === void 0 ? "KMS's default key policy" : "the key policy for that Region"} and the replica's tags and description`;
  }
}
function describeVerdict(verdict) {
  let iam = verdict.delegated_to_iam ? " (or as IAM policies allow)" : "";
  return verdict.allowed === "conditional" ? `only with ${verdict.requires.map(
    (requirement) => requirement === "iam_policy_in_account" ? "an IAM policy in its own account" : requirement === "other_condition" ? "another condition of the policy" : requirement
  ).join(" + ")}${iam}` : verdict.allowed === "no" && verdict.delegated_to_iam ? "only as IAM policies allow" : verdict.allowed;
}

export {
  describeChange,
  describeVerdict
};
