import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  parseOrganizationPrincipal
} from "./chunk-G5JIHOCA.js";

// core/render/describe-access-principal.ts
function describeAccessPrincipal(principal) {
  return parseOrganizationPrincipal(principal)?.description ?? principal;
}

export {
  describeAccessPrincipal
};
