import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/plan/is-aws-grant-revoke.ts
function isAwsGrantRevoke(change) {
  return change.action === "revoke-grant" && change.awsGrantee === !0;
}

export {
  isAwsGrantRevoke
};
