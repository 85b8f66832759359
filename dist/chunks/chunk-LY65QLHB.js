import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/policy/access-work-meter.ts
var active;
function meterAccessWork(meter, run) {
  let previous = active;
  active = meter;
  try {
    return run();
  } finally {
    active = previous;
  }
}
function accessWorkLeft() {
  return active === void 0 ? Number.POSITIVE_INFINITY : active.remaining;
}
function spendAccessWork(work) {
  active !== void 0 && (active.remaining = Math.max(0, active.remaining - work));
}

// core/policy/access-matrix-too-large-error.ts
var MAX_ACCESS_MATRIX_WORK = 5e5, AccessMatrixTooLargeError = class extends Error {
  constructor(principals, actions, work, exceeded = "matrix") {
    super(
      exceeded === "matrix" ? `the access matrix is too large to compute: ${String(principals)} principals x ${String(actions)} actions (${String(work)} evaluation steps, more than ${String(MAX_ACCESS_MATRIX_WORK)}); review the policy JSON diff instead, and consider fewer principals per policy` : `the access matrix (${String(principals)} principals x ${String(actions)} actions, ${String(work)} evaluation steps) does not fit in what is left of this plan's budget of ${String(1e7)} steps over all keys; review the policy JSON diff instead, and plan fewer keys with large policies at once (--target, or several manifests)`
    );
    this.principals = principals;
    this.actions = actions;
    this.work = work;
    this.exceeded = exceeded;
    this.name = "AccessMatrixTooLargeError";
  }
  principals;
  actions;
  work;
  exceeded;
};

export {
  meterAccessWork,
  accessWorkLeft,
  spendAccessWork,
  MAX_ACCESS_MATRIX_WORK,
  AccessMatrixTooLargeError
};
