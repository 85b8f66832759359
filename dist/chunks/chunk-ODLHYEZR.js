import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  assumeRolePerAccount
} from "./chunk-JV3DINU2.js";
import {
  prepareAwsPlan
} from "./chunk-GNUHT7F6.js";

// adapters/aws/prepare-role-plan.ts
async function prepareRolePlan(desired, options) {
  let { env, roleToAssume } = options, stsRegion = env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? desired.keys[0]?.region ?? "us-east-1", credentialsFor = roleToAssume === void 0 ? () => {
  } : assumeRolePerAccount({
    roleTemplate: roleToAssume,
    sessionName: sessionName(env),
    region: stsRegion
  });
  return prepareAwsPlan(desired, {
    credentialsFor,
    stsRegion,
    // The assumed role's ARN carries its path, which the session ARN does not.
    ...roleToAssume === void 0 ? {} : { applierFor: (account) => roleToAssume.replace("{account}", account) },
    ...options.onProgress === void 0 ? {} : { onProgress: options.onProgress }
  });
}
function sessionName(env) {
  let run = env.GITHUB_RUN_ID;
  return run === void 0 ? "kms-action-cli" : `kms-action-${run}`;
}

export {
  prepareRolePlan
};
