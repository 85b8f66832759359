import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  partitionOf
} from "./chunk-A54FERCJ.js";

// core/policy/requested-key-of.ts
function requestedKeyOf(key) {
  return key.adopt !== void 0 ? { arn: key.adopt } : { partition: partitionOf(key), account: key.account, region: key.region };
}

export {
  requestedKeyOf
};
