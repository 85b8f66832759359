import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/plan/hold-back-reason.ts
function holdBackReason(change, options) {
  if (change.action === "revoke-grant" && change.awsGrantee === !0)
    return options.allowDestructive && (options.revokeGrants ?? []).includes(change.grantId) ? void 0 : `grant ${change.grantId} is to ${change.before.granteePrincipal}, which AWS operates: AWS services create such grants for the resources they encrypt, so it is revoked only when named (kms-action apply --allow-destructive --revoke-grant ${change.grantId}); to keep it, add it to the key's keep_grants`;
  if (change.risk === "destructive" && !options.allowDestructive)
    return "destructive change: apply with --allow-destructive (allow-destructive: true in the Action) to make it";
}

export {
  holdBackReason
};
