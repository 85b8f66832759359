import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  isServicePrincipal
} from "./chunk-GDZ64OS2.js";
import {
  AccessMatrixTooLargeError,
  MAX_ACCESS_MATRIX_WORK,
  accessWorkLeft,
  spendAccessWork
} from "./chunk-BDFDA2XX.js";
import {
  CHARACTERS_PER_STEP,
  REQUEST_CHARACTERS_PER_STEP,
  candidateStatements,
  evaluateKeyPolicy,
  prepareKeyPolicy,
  toList,
  valueWork
} from "./chunk-QSB7NCUL.js";
import {
  WildcardWorkLimitError,
  accessMatrixActionsFor,
  kms_iam_data_default,
  matchWildcard,
  parseConditionOperator,
  parsePrincipal
} from "./chunk-A54FERCJ.js";

// core/policy/list-request-dimensions.ts
var contextActions = new Set(
  kms_iam_data_default.actions.filter(
    (entry) => entry.conditionKeys.includes("kms:EncryptionContext:${EncryptionContextKey}")
  ).map((entry) => `kms:${entry.name}`.toLowerCase())
), grantActions = new Set(
  kms_iam_data_default.actions.filter((entry) => entry.conditionKeys.includes("kms:GrantIsForAWSResource")).map((entry) => `kms:${entry.name}`.toLowerCase())
);
function listRequestDimensions(action, probes, keys) {
  let reads = (...names) => [...keys].some((key) => names.some((name) => key.startsWith(name))), dimensions = [];
  reads("aws:multifactorauth") && dimensions.push({
    requirement: "mfa",
    variants: [{ mfaPresent: !0 }, { mfaPresent: !1 }, {}]
  });
  let lower = action.toLowerCase();
  if (probes.encryptionContext !== void 0 && contextActions.has(lower) && reads("kms:encryptioncontext")) {
    let wrong = Object.fromEntries(
      // A NUL byte cannot appear in a policy, so no pattern matches this value by accident.
      Object.entries(probes.encryptionContext).map(([key, value]) => [key, `\0${value}`])
    );
    dimensions.push({
      requirement: "encryption_context",
      variants: [{ encryptionContext: probes.encryptionContext }, { encryptionContext: wrong }, {}]
    });
  }
  return probes.viaService !== void 0 && reads("kms:viaservice", "aws:viaawsservice") && dimensions.push({
    requirement: "via_service",
    variants: [{ viaService: probes.viaService }, {}]
  }), grantActions.has(lower) && reads("kms:grantisforawsresource") && dimensions.push({
    requirement: "grant_for_aws_resource",
    variants: [{ grantIsForAwsResource: !0 }, { grantIsForAwsResource: !1 }]
  }), dimensions;
}
function forEachCombination(dimensions, visit, index = 0, request = {}, met = /* @__PURE__ */ new Set()) {
  let dimension = dimensions[index];
  if (dimension === void 0) {
    visit(request, met);
    return;
  }
  dimension.variants.forEach((variant, position) => {
    let nextMet = new Set(met);
    position === 0 && nextMet.add(dimension.requirement), forEachCombination(dimensions, visit, index + 1, { ...request, ...variant }, nextMet);
  });
}
function conditionKeysFor(policy, action) {
  let keys = /* @__PURE__ */ new Set();
  for (let statement of policy.Statement)
    if (statement.NotAction === void 0 ? toList(statement.Action).some((pattern) => matchWildcard(pattern, action, !0)) : !toList(statement.NotAction).some((pattern) => matchWildcard(pattern, action, !0)))
      for (let entries of Object.values(statement.Condition ?? {}))
        for (let key of Object.keys(entries)) keys.add(key.toLowerCase());
  return keys;
}

// core/policy/parse-organization-principal.ts
var ORGANIZATION_PRINCIPAL_PREFIX = "organization ";
function parseOrganizationPrincipal(principal) {
  if (!principal.startsWith(ORGANIZATION_PRINCIPAL_PREFIX)) return;
  let value = principal.slice(ORGANIZATION_PRINCIPAL_PREFIX.length);
  if (!value.includes("/"))
    return {
      value,
      kind: "organization",
      orgId: value.replace(/[*?]/g, "x"),
      description: `anyone in organization ${value}`
    };
  let memberPath = value.replace(/\*$/, "").replace(/[*?]/g, "x");
  return {
    value,
    kind: "organizational-unit",
    orgId: memberPath.split("/")[0] ?? memberPath,
    memberPath,
    description: `anyone in organizational unit ${value}`
  };
}

// core/policy/evaluate-access-cell.ts
var REQUIREMENT_ORDER = [
  "mfa",
  "encryption_context",
  "via_service",
  "grant_for_aws_resource",
  "source",
  "iam_policy_in_account"
];
function isForeign(principal, account) {
  let parsed = parsePrincipal(principal);
  return (parsed.kind === "role" || parsed.kind === "user" || parsed.kind === "assumed-role" || parsed.kind === "iam-other") && parsed.account !== account;
}
function callerOf(principal) {
  let organization = parseOrganizationPrincipal(principal);
  return organization === void 0 ? { principal } : {
    principal: "*",
    principalOrgId: organization.orgId,
    ...organization.memberPath === void 0 ? {} : { keys: { "aws:PrincipalOrgPaths": [organization.memberPath] } }
  };
}
function evaluateCell(policy, { principal, action, key }, dimensions, {
  foreign,
  caller
}) {
  let allowedWith = [], combinations = 0, delegated = !1;
  forEachCombination(dimensions, (request, met) => {
    combinations += 1;
    let decision = evaluateKeyPolicy(
      policy,
      { action, key, ...request, ...caller, keys: { ...request.keys, ...caller.keys } },
      "exact"
    );
    decision.verdict === "allowed" && allowedWith.push(met), decision.delegatedToIam && (delegated = !0);
  });
  let base = { principal, action, delegated_to_iam: delegated };
  if (allowedWith.length === 0) return { ...base, allowed: "no", requires: [] };
  if (allowedWith.length === combinations)
    return foreign ? { ...base, allowed: "conditional", requires: ["iam_policy_in_account"] } : { ...base, allowed: "yes", requires: [] };
  let requires = REQUIREMENT_ORDER.filter(
    (requirement) => allowedWith.every((met) => met.has(requirement))
  );
  if (requires.length === 0) {
    let smallest = [...allowedWith].sort((a, b) => a.size - b.size)[0] ?? /* @__PURE__ */ new Set();
    requires = REQUIREMENT_ORDER.filter((requirement) => smallest.has(requirement));
  }
  return foreign && (requires = [...requires, "iam_policy_in_account"]), { ...base, allowed: "conditional", requires };
}

// core/policy/estimate-condition-work.ts
var CONTEXT_KEYS = "kms:encryptioncontextkeys";
function estimateConditionWork(statement, request) {
  let variableSteps = Math.floor(request.longest / CHARACTERS_PER_STEP), requestSteps = Math.floor(request.longest / REQUEST_CHARACTERS_PER_STEP), work = statement.conditionCost;
  for (let condition of statement.conditions) {
    let values = 0, variables = 0;
    for (let value of condition.values) {
      values += valueWork(value);
      for (let at = value.indexOf("${"); at !== -1; at = value.indexOf("${", at + 2))
        variables += 1;
    }
    let requestValues = condition.key === CONTEXT_KEYS ? Math.max(1, request.contextKeys) : 1;
    work += 2 * variables * variableSteps + (requestValues - 1) * values + requestValues * condition.values.length * requestSteps;
  }
  return work;
}

// core/policy/list-organization-principals.ts
var ORGANIZATION_KEYS = /* @__PURE__ */ new Set(["aws:principalorgid", "aws:principalorgpaths"]);
function listOrganizationPrincipals(policy) {
  let rows = /* @__PURE__ */ new Set();
  for (let statement of policy.Statement)
    if (!(statement.Effect !== "Allow" || !hasWildcardPrincipal(statement)))
      for (let [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
        let operator = parseConditionOperator(operatorName);
        if (!(operator === void 0 || operator.negated || operator.family !== "String")) {
          for (let [name, values] of Object.entries(entries))
            if (ORGANIZATION_KEYS.has(name.toLowerCase()))
              for (let value of toList(values))
                rows.add(`${ORGANIZATION_PRINCIPAL_PREFIX}${String(value)}`);
        }
      }
  return [...rows].sort();
}
function hasWildcardPrincipal(statement) {
  let block = statement.Principal;
  return block === void 0 ? !1 : block === "*" ? !0 : toList(block.AWS ?? []).includes("*");
}

// core/policy/service-source-request.ts
var SOURCE_KEYS = /* @__PURE__ */ new Set([
  "aws:sourceaccount",
  "aws:sourcearn",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:sourceowner"
]), CONTEXT_PREFIX = "kms:encryptioncontext:";
function serviceSourceRequest(policy, service, action) {
  for (let statement of policy.Statement) {
    if (statement.Effect !== "Allow" || statement.Principal === void 0 || statement.Principal === "*" || !toList(statement.Principal.Service).includes(service) || !toList(statement.Action).some((pattern) => matchWildcard(pattern, action, !0))) continue;
    let keys = {}, encryptionContext = {};
    for (let [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
      let operator = parseConditionOperator(operatorName);
      if (!(operator === void 0 || operator.negated))
        for (let [key, values] of Object.entries(entries)) {
          let lower = key.toLowerCase(), context = lower.startsWith(CONTEXT_PREFIX);
          if (!context && !SOURCE_KEYS.has(lower)) continue;
          let first = String(toList(values)[0] ?? ""), value = operator.family === "Null" ? "x" : first.replace(/\*/g, "x").replace(/\?/g, "x");
          operator.family === "Null" && first.toLowerCase() !== "false" || (context ? encryptionContext[key.slice(CONTEXT_PREFIX.length)] = value : keys[key] = value);
        }
    }
    if (!(Object.keys(keys).length === 0 && Object.keys(encryptionContext).length === 0))
      return {
        ...Object.keys(keys).length === 0 ? {} : { keys },
        ...Object.keys(encryptionContext).length === 0 ? {} : { encryptionContext }
      };
  }
}

// core/policy/index-service-sources.ts
function indexServiceSources(policy) {
  let byService = /* @__PURE__ */ new Map();
  for (let statement of policy.Statement)
    if (!(statement.Principal === void 0 || statement.Principal === "*"))
      for (let service of new Set(toList(statement.Principal.Service))) {
        let named = byService.get(service) ?? [];
        named.push(statement), byService.set(service, named);
      }
  return (service, action) => serviceSourceRequest({ ...policy, Statement: byService.get(service) ?? [] }, service, action);
}

// core/policy/build-access-matrix.ts
var ACCESS_MATRIX_ACTIONS = accessMatrixActionsFor();
function buildAccessMatrix(policy, options) {
  let partition = options.partition ?? "aws", root = `arn:${partition}:iam::${options.account}:root`, named = /* @__PURE__ */ new Set(), organizations = new Set(listOrganizationPrincipals(policy));
  for (let principal of [...namedPrincipals(policy), ...options.principals ?? []]) {
    let row = /^\d{12}$/.test(principal) ? `arn:${partition}:iam::${principal}:root` : principal;
    parseOrganizationPrincipal(row) !== void 0 ? organizations.add(row) : row !== "*" && row !== root && named.add(row);
  }
  let rows = [root, ...[...named].sort(), ...[...organizations].sort(), "*"], actions = options.actions ?? ACCESS_MATRIX_ACTIONS, encryptionContext = options.encryptionContext ?? requiredEncryptionContext(policy), viaService = options.viaService ?? allowedViaServices(policy)[0], prepared = prepareKeyPolicy(policy), key = options.key ?? { partition, account: options.account }, probes = {
    encryptionContext: Object.keys(encryptionContext).length > 0 ? encryptionContext : void 0,
    viaService
  }, dimensions = new Map(
    actions.map((action) => [
      action,
      listRequestDimensions(action, probes, conditionKeysFor(policy, action))
    ])
  ), variants = actions.reduce(
    (sum, action) => sum + (dimensions.get(action) ?? []).reduce((product, d) => product * d.variants.length, 1),
    0
  ), left = accessWorkLeft(), size = {
    longest: Math.max(
      ...rows.map((row) => row.length),
      ...Object.entries(encryptionContext).flat().map((text) => text.length),
      viaService?.length ?? 0
    ),
    contextKeys: Object.keys(encryptionContext).length
  }, scan = prepared.statements.reduce(
    (sum, statement) => sum + 1 + (statement.principals?.length ?? 0) + (statement.notPrincipals?.length ?? 0),
    0
  ), work = 0, scanned = 0, done = 0, refuse = (error) => {
    throw spendAccessWork(scanned + done), error;
  };
  for (let row of rows) {
    scanned += scan, scanned + work > left && refuse(new AccessMatrixTooLargeError(rows.length, actions.length, scanned + work, "plan"));
    let candidates = candidateStatements(prepared, callerOf(row).principal);
    work += (1 + candidates.reduce(
      (sum, { statement }) => sum + 1 + estimateConditionWork(statement, size),
      0
    )) * variants * (isServicePrincipal(row) ? 2 : 1), work > MAX_ACCESS_MATRIX_WORK && refuse(new AccessMatrixTooLargeError(rows.length, actions.length, work));
  }
  scanned + work > left && refuse(new AccessMatrixTooLargeError(rows.length, actions.length, scanned + work, "plan"));
  let sources = indexServiceSources(policy), cap = Math.min(MAX_ACCESS_MATRIX_WORK, left - scanned), start = evaluationWork(prepared), stopPastCap = () => {
    done = evaluationWork(prepared) - start, done > cap && refuse(
      new AccessMatrixTooLargeError(
        rows.length,
        actions.length,
        scanned + done,
        done > MAX_ACCESS_MATRIX_WORK ? "matrix" : "plan"
      )
    );
  }, evaluateRows = () => rows.flatMap(
    (principal) => actions.map((action) => {
      stopPastCap();
      let source = isServicePrincipal(principal) ? sources(principal, action) : void 0, varied = [
        ...dimensions.get(action) ?? [],
        ...source === void 0 ? [] : [{ requirement: "source", variants: [source, {}] }]
      ];
      return evaluateCell(prepared, { principal, action, key }, varied, {
        foreign: isForeign(principal, options.account),
        caller: callerOf(principal)
      });
    })
  );
  prepared.work.conditionsLimit = prepared.work.conditions + cap + 1;
  let entries;
  try {
    entries = evaluateRows();
  } catch (error) {
    if (!(error instanceof WildcardWorkLimitError)) throw error;
    prepared.work.conditions = prepared.work.conditionsLimit, entries = [];
  } finally {
    delete prepared.work.conditionsLimit;
  }
  return stopPastCap(), spendAccessWork(scanned + Math.max(work, done)), entries;
}
function evaluationWork(prepared) {
  let { evaluations, statements, conditions } = prepared.work;
  return evaluations + statements + conditions;
}
function namedPrincipals(policy) {
  return policy.Statement.flatMap((statement) => [
    statement.Principal,
    statement.NotPrincipal
  ]).flatMap((block) => block === void 0 || block === "*" ? [] : Object.values(block).flatMap((values) => toList(values)));
}
function allowedConditionValues(policy, matches) {
  let found = [];
  for (let statement of policy.Statement)
    if (statement.Effect === "Allow")
      for (let [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
        let operator = parseConditionOperator(operatorName);
        if (!(operator?.family !== "String" || operator.negated))
          for (let [key, values] of Object.entries(entries)) {
            if (!matches(key)) continue;
            let first = toList(values)[0];
            first !== void 0 && found.push([key, String(first).replace(/[*?]/g, "x")]);
          }
      }
  return found;
}
var CONTEXT_PREFIX2 = "kms:encryptioncontext:";
function requiredEncryptionContext(policy) {
  let context = {};
  for (let [key, value] of allowedConditionValues(
    policy,
    (name) => name.toLowerCase().startsWith(CONTEXT_PREFIX2)
  )) {
    let contextKey = key.slice(CONTEXT_PREFIX2.length);
    context[contextKey] ??= value;
  }
  return context;
}
function allowedViaServices(policy) {
  return [
    ...new Set(
      allowedConditionValues(policy, (name) => name.toLowerCase() === "kms:viaservice").map(
        ([, value]) => value
      )
    )
  ].sort();
}

export {
  parseOrganizationPrincipal,
  listOrganizationPrincipals,
  buildAccessMatrix
};
