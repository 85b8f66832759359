import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  roleSessionsPerAccount
} from "./chunk-AYFF7TSP.js";
import {
  require_dist_cjs
} from "./chunk-BIT5ZYAF.js";
import {
  toAwsAccessError
} from "./chunk-VWFXGFL7.js";
import {
  AwsAccessError
} from "./chunk-OXRK6FS4.js";
import {
  __toESM
} from "./chunk-BTB2OLG5.js";

// adapters/aws/assume-role.ts
var import_client_sts = __toESM(require_dist_cjs(), 1);
function assumeRolePerAccount(options) {
  let sts = new import_client_sts.STSClient({ region: options.region }), durationSeconds = options.durationSeconds ?? 3600;
  return roleSessionsPerAccount(
    options.roleTemplate,
    "--role-to-assume",
    async (roleArn, account) => {
      try {
        let credentials = (await sts.send(
          new import_client_sts.AssumeRoleCommand({
            RoleArn: roleArn,
            RoleSessionName: options.sessionName.slice(0, 64),
            DurationSeconds: durationSeconds
          })
        )).Credentials;
        if (credentials?.AccessKeyId === void 0 || credentials.SecretAccessKey === void 0 || credentials.SessionToken === void 0)
          throw new Error("AssumeRole returned no credentials");
        return {
          accessKeyId: credentials.AccessKeyId,
          secretAccessKey: credentials.SecretAccessKey,
          sessionToken: credentials.SessionToken,
          expiration: credentials.Expiration ?? new Date(Date.now() + durationSeconds * 1e3)
        };
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
    }
  );
}

export {
  assumeRolePerAccount
};
