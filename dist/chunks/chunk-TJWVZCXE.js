import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  partitionOf
} from "./chunk-A54FERCJ.js";

// core/policy/key-property-conditions.ts
function keyPropertyConditions(key) {
  return {
    "kms:KeyOrigin": key.origin,
    "kms:KeySpec": key.keySpec,
    "kms:KeyUsage": key.keyUsage,
    // Deprecated names, still evaluated ("AWS KMS condition keys").
    "kms:CustomerMasterKeySpec": key.keySpec,
    "kms:CustomerMasterKeyUsage": key.keyUsage,
    "kms:MultiRegion": String(key.multiRegion),
    ...key.multiRegion ? { "kms:MultiRegionKeyType": key.replica === !0 ? "REPLICA" : "PRIMARY" } : {}
  };
}

// core/policy/requested-key-of.ts
function requestedKeyOf(key) {
  return key.adopt !== void 0 ? { arn: key.adopt } : { partition: partitionOf(key), account: key.account, region: key.region };
}

export {
  keyPropertyConditions,
  requestedKeyOf
};
