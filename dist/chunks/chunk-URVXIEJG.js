import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  parseOrganizationPrincipal
} from "./chunk-MIKUW423.js";

// core/render/describe-access-principal.ts
function describeAccessPrincipal(principal) {
  return parseOrganizationPrincipal(principal)?.description ?? principal;
}

export {
  describeAccessPrincipal
};
