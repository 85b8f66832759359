import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  AwsAccessError,
  UsageError,
  require_dist_cjs2 as require_dist_cjs,
  toAwsAccessError
} from "./chunk-YOTW4HIL.js";
import {
  __toESM
} from "./chunk-BTB2OLG5.js";

// adapters/aws/assume-role.ts
var import_client_sts = __toESM(require_dist_cjs(), 1);
var ROLE_TEMPLATE = /^arn:aws(-cn|-us-gov)?:iam::(\{account\}|[0-9]{12}):role\/[\w+=,.@/-]+$/, REFRESH_MARGIN_MS = 300 * 1e3;
function assumeRolePerAccount(options) {
  if (!ROLE_TEMPLATE.test(options.roleTemplate))
    throw new UsageError(
      `--role-to-assume must be an IAM role ARN, optionally with {account}, e.g. 'arn:aws:iam::{account}:role/kms-admin', got '${options.roleTemplate}'`
    );
  let sts = new import_client_sts.STSClient({ region: options.region }), providers = /* @__PURE__ */ new Map();
  return (account) => {
    let existing = providers.get(account);
    if (existing !== void 0) return existing;
    let roleArn = options.roleTemplate.replace("{account}", account), cached, provider = async () => {
      if (cached !== void 0 && cached.expiration.getTime() - Date.now() > REFRESH_MARGIN_MS)
        return cached;
      try {
        let credentials = (await sts.send(
          new import_client_sts.AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: options.sessionName.slice(0, 64),
            DurationSeconds: options.durationSeconds ?? 3600
          })
        )).Credentials;
        if (credentials?.AccessKeyId === void 0 || credentials.SecretAccessKey === void 0 || credentials.SessionToken === void 0)
          throw new Error("AssumeRole returned no credentials");
        return cached = {
          accessKeyId: credentials.AccessKeyId,
          secretAccessKey: credentials.SecretAccessKey,
          sessionToken: credentials.SessionToken,
          expiration: credentials.Expiration ?? new Date(Date.now() + 3600 * 1e3)
        }, cached;
      } catch (error) {
        let failure = toAwsAccessError(error, {
          operation: "AssumeRole",
          service: "sts",
          account,
          region: options.region,
          target: roleArn,
          endpoint: `sts.${options.region}.amazonaws.com`
        });
        throw new AwsAccessError(
          `cannot assume ${roleArn} for account ${account}: ${failure.message} The role's trust policy must allow the current credentials to call sts:AssumeRole.`,
          { cause: error }
        );
      }
    };
    return providers.set(account, provider), provider;
  };
}

export {
  assumeRolePerAccount
};
