import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  createWorkMeter,
  createWorkScope
} from "./chunk-JV3QVPE7.js";

// core/policy/access-work-meter.ts
var MAX_PLAN_ACCESS_WORK = 1e7;
function createAccessWorkMeter(limit = MAX_PLAN_ACCESS_WORK) {
  return createWorkMeter(limit);
}
var scope = createWorkScope(), meterAccessWork = (meter, run) => scope.meter(meter, run);
function accessWorkLeft() {
  return scope.active()?.left ?? Number.POSITIVE_INFINITY;
}
function spendAccessWork(work) {
  let meter = scope.active();
  meter?.charge(Math.min(work, meter.left));
}

// core/policy/access-matrix-too-large-error.ts
var MAX_ACCESS_MATRIX_WORK = 5e5, AccessMatrixTooLargeError = class extends Error {
  constructor(principals, actions, work, exceeded = "matrix") {
    super(
      exceeded === "matrix" ? `the access matrix is too large to compute: ${String(principals)} principals x ${String(actions)} actions (${String(work)} evaluation steps, more than ${String(MAX_ACCESS_MATRIX_WORK)}); review the policy JSON diff instead, and consider fewer principals per policy` : `the access matrix (${String(principals)} principals x ${String(actions)} actions, ${String(work)} evaluation steps) does not fit in what is left of this plan's budget of ${String(MAX_PLAN_ACCESS_WORK)} steps over all keys; review the policy JSON diff instead, and plan fewer keys with large policies at once (--target, or several manifests)`
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
  createAccessWorkMeter,
  meterAccessWork,
  accessWorkLeft,
  spendAccessWork,
  MAX_ACCESS_MATRIX_WORK,
  AccessMatrixTooLargeError
};
