import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./chunk-BIT5ZYAF.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import {
  __toESM
} from "./chunk-BTB2OLG5.js";

// adapters/aws/create-web-identity-sts.ts
var import_client_sts = __toESM(require_dist_cjs(), 1);
function createWebIdentitySts(options) {
  let sts = new import_client_sts.STSClient(options);
  return (request) => sts.send(new import_client_sts.AssumeRoleWithWebIdentityCommand(request));
}
export {
  createWebIdentitySts
};
