import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/policy/access-matrix-too-large-error.ts
var AccessMatrixTooLargeError = class extends Error {
  constructor(principals, actions, work) {
    super(
      `the access matrix is too large to compute: ${String(principals)} principals x ${String(actions)} actions (${String(work)} evaluation steps, more than ${String(5e5)}); review the policy JSON diff instead, and consider fewer principals per policy`
    );
    this.principals = principals;
    this.actions = actions;
    this.work = work;
    this.name = "AccessMatrixTooLargeError";
  }
  principals;
  actions;
  work;
};

export {
  AccessMatrixTooLargeError
};
