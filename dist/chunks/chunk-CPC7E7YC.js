import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/work/with-thousands.ts
function withThousands(count) {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ",");
}

// core/policy/evaluation-work-of.ts
function evaluationWorkOf(policy) {
  let { work } = policy;
  return work.evaluations + work.statements + work.resourceScans + work.principalScans + work.conditions;
}

export {
  evaluationWorkOf,
  withThousands
};
