import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/policy/is-service-principal.ts
var SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]{0,120}\.amazonaws\.com(\.cn)?$/;
function isServicePrincipal(value) {
  return value.length <= 140 && SERVICE_PRINCIPAL.test(value);
}

export {
  isServicePrincipal
};
