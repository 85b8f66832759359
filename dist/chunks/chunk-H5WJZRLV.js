import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  buildAccessMatrix,
  listOrganizationPrincipals
} from "./chunk-JR4AFTPS.js";
import {
  toList
} from "./chunk-3WNA67ZV.js";

// core/policy/diff-access.ts
function diffAccess(before, after, options) {
  let principals = [
    ...options.principals ?? [],
    ...before === void 0 ? [] : policyPrincipals(before),
    ...policyPrincipals(after)
  ], matrixOptions = { ...options, principals }, beforeEntries = before === void 0 ? void 0 : indexEntries(buildAccessMatrix(before, matrixOptions)), changes = [];
  for (let entry of buildAccessMatrix(after, matrixOptions)) {
    let previous = beforeEntries?.get(cellKey(entry)), afterVerdict = verdictOf(entry), beforeVerdict = previous === void 0 ? void 0 : verdictOf(previous), change = classify(beforeVerdict, afterVerdict);
    change !== void 0 && changes.push({
      principal: entry.principal,
      action: entry.action,
      change,
      before: beforeVerdict,
      after: afterVerdict
    });
  }
  return changes;
}
function classify(before, after) {
  let from = before === void 0 ? 0 : level(before), to = level(after);
  return to > from ? "gains" : to < from ? "loses" : before === void 0 || to === 0 || to === 1 || before.allowed === after.allowed && before.requires.join(",") === after.requires.join(",") ? void 0 : "conditions-change";
}
function level(verdict) {
  return verdict.allowed !== "no" ? 2 : verdict.delegated_to_iam ? 1 : 0;
}
function verdictOf(entry) {
  return {
    allowed: entry.allowed,
    requires: entry.requires,
    delegated_to_iam: entry.delegated_to_iam
  };
}
function indexEntries(entries) {
  return new Map(entries.map((entry) => [cellKey(entry), entry]));
}
function cellKey(entry) {
  return `${entry.principal}
${entry.action}`;
}
function policyPrincipals(policy) {
  return [
    ...listOrganizationPrincipals(policy),
    ...policy.Statement.flatMap(
      (statement) => [statement.Principal, statement.NotPrincipal].flatMap(
        (block) => block === void 0 || block === "*" ? [] : Object.values(block).flatMap((values) => toList(values))
      )
    )
  ];
}

export {
  diffAccess
};
