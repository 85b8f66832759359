import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/manifest/desired-state.ts
var OWNERSHIP_TAG_MANIFEST = "kms-action:manifest", OWNERSHIP_TAG_KEY = "kms-action:key", DEFAULT_KEY_SPEC = "SYMMETRIC_DEFAULT", DEFAULT_KEY_USAGE = "ENCRYPT_DECRYPT";
var DEFAULT_REQUIRE_MFA_FOR = ["kms:DisableKey", "kms:ScheduleKeyDeletion"];

// core/policy/is-service-principal.ts
var SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]{0,120}\.amazonaws\.com(\.cn)?$/;
function isServicePrincipal(value) {
  return value.length <= 140 && SERVICE_PRINCIPAL.test(value);
}

export {
  isServicePrincipal,
  OWNERSHIP_TAG_MANIFEST,
  OWNERSHIP_TAG_KEY,
  DEFAULT_KEY_SPEC,
  DEFAULT_KEY_USAGE,
  DEFAULT_REQUIRE_MFA_FOR
};
