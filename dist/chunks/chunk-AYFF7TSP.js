import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-OXRK6FS4.js";

// adapters/aws/role-sessions-per-account.ts
var ROLE_TEMPLATE = /^arn:aws(-cn|-us-gov)?:iam::(\{account\}|[0-9]{12}):role\/[\w+=,.@/-]+$/, REFRESH_MARGIN_MS = 300 * 1e3;
function roleSessionsPerAccount(roleTemplate, inputName, assume) {
  if (typeof roleTemplate != "string" || !ROLE_TEMPLATE.test(roleTemplate))
    throw new UsageError(
      `${inputName} must be an IAM role ARN, optionally with {account}, e.g. 'arn:aws:iam::{account}:role/kms-admin', got ${typeof roleTemplate == "string" ? `'${roleTemplate}'` : typeof roleTemplate}`
    );
  let providers = /* @__PURE__ */ new Map();
  return (account) => {
    let existing = providers.get(account);
    if (existing !== void 0) return existing;
    let roleArn = roleTemplate.replace("{account}", account), cached, pending, provider = async () => (cached !== void 0 && cached.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS || (pending ??= assume(roleArn, account).finally(() => {
      pending = void 0;
    }), cached = await pending), cached);
    return providers.set(account, provider), provider;
  };
}

export {
  roleSessionsPerAccount
};
