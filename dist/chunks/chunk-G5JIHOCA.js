import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
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
} from "./chunk-5PJNXYGC.js";
import {
  WildcardWorkLimitError,
  accessMatrixActionsFor,
  kms_iam_data_default,
  matchWildcard,
  parseConditionOperator,
  parsePrincipal
} from "./chunk-A54FERCJ.js";
import {
  isServicePrincipal
} from "./chunk-A7NF7W6Z.js";

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
  "other_condition",
  "iam_policy_in_account"
];
function isForeign(principal, account) {
  if (parseOrganizationPrincipal(principal) !== void 0) return !0;
  let parsed = parsePrincipal(principal);
  return (parsed.kind === "role" || parsed.kind === "user" || parsed.kind === "assumed-role" || parsed.kind === "iam-other") && parsed.account !== account;
}
var NO_ORGANIZATION = "\0", UNNAMED_ARN = "arn:aws:iam::000000000000:role/\0";
function callerOf(principal) {
  let organization = parseOrganizationPrincipal(principal);
  return organization === void 0 ? principal !== "*" ? { principal } : {
    principal,
    keys: { "aws:PrincipalOrgID": NO_ORGANIZATION, "aws:PrincipalOrgPaths": NO_ORGANIZATION },
    assumed: { "aws:PrincipalArn": UNNAMED_ARN }
  } : organization.memberPath === void 0 ? {
    principal: "*",
    principalOrgId: organization.orgId,
    assumed: {
      "aws:PrincipalArn": UNNAMED_ARN,
      "aws:PrincipalOrgPaths": [`${organization.orgId}/r-${NO_ORGANIZATION}/`]
    }
  } : {
    principal: "*",
    principalOrgId: organization.orgId,
    keys: { "aws:PrincipalOrgPaths": [organization.memberPath] },
    assumed: { "aws:PrincipalArn": UNNAMED_ARN }
  };
}
function readsAssumed(caller, conditionKeys) {
  return Object.keys(caller.assumed ?? {}).some((name) => conditionKeys.has(name.toLowerCase()));
}
function evaluateCombinations(policy, { action, key, keys, readsAssumed: retry = !0 }, dimensions, { assumed, ...caller }) {
  let result = { allowedWith: [], combinations: 0, delegated: !1 }, kind = parsePrincipal(caller.principal).kind, asked = kind === "role" || kind === "assumed-role" ? dimensions.map(
    (dimension) => dimension.requirement === "mfa" ? {
      ...dimension,
      variants: dimension.variants.filter((variant) => variant.mfaPresent !== void 0)
    } : dimension
  ) : dimensions;
  return forEachCombination(asked, (request, met) => {
    result.combinations += 1;
    let ask = (as) => {
      let decision2 = evaluateKeyPolicy(
        policy,
        {
          action,
          key,
          ...request,
          ...caller,
          keys: { ...keys, ...request.keys, ...as, ...caller.keys }
        },
        "possible"
      );
      return decision2.delegatedToIam && (result.delegated = !0), decision2;
    }, decision = ask(assumed);
    decision.verdict === "allowed" ? result.allowedWith.push(
      surelyAllowed(decision) ? met : /* @__PURE__ */ new Set([...met, "other_condition"])
    ) : assumed !== void 0 && retry && ask(void 0).verdict === "allowed" && result.allowedWith.push(/* @__PURE__ */ new Set([...met, "other_condition"]));
  }), result;
}
function surelyAllowed(decision) {
  let uncertain = decision.undecided.filter((entry) => !entry.because.includes("Resource"));
  if (uncertain.some((entry) => entry.effect === "Deny")) return !1;
  let maybeAllows = new Set(uncertain.map((entry) => entry.statement));
  return decision.statements.some((label) => !maybeAllows.has(label));
}
function evaluateCell(policy, request, dimensions, {
  foreign,
  caller
}) {
  let { allowedWith, combinations, delegated } = evaluateCombinations(
    policy,
    request,
    dimensions,
    caller
  ), base = {
    principal: request.principal,
    action: request.action,
    delegated_to_iam: delegated
  };
  if (allowedWith.length === 0) return { ...base, allowed: "no", requires: [] };
  let needsIam = typeof foreign == "boolean" ? foreign : foreign(
    (other) => evaluateCombinations(policy, request, dimensions, other).allowedWith.length > 0
  ), unconditional = allowedWith.every((met) => !met.has("other_condition"));
  if (allowedWith.length === combinations && unconditional)
    return needsIam ? { ...base, allowed: "conditional", requires: ["iam_policy_in_account"] } : { ...base, allowed: "yes", requires: [] };
  let requires = REQUIREMENT_ORDER.filter(
    (requirement) => allowedWith.every((met) => met.has(requirement))
  );
  if (requires.length === 0) {
    let smallest = [...allowedWith].sort((a, b) => a.size - b.size)[0] ?? /* @__PURE__ */ new Set();
    requires = REQUIREMENT_ORDER.filter((requirement) => smallest.has(requirement));
  }
  return needsIam && (requires = [...requires, "iam_policy_in_account"]), { ...base, allowed: "conditional", requires };
}

// core/policy/covers-other-accounts.ts
var ACCOUNT_KEYS = /* @__PURE__ */ new Set(["kms:calleraccount", "aws:principalaccount"]), UNNAMED_ACCOUNT = "000000000000", MAX_NAMED_ACCOUNTS = 3;
function listConditionAccounts(policy, own) {
  let accounts = /* @__PURE__ */ new Set();
  for (let statement of policy.Statement)
    for (let [operatorName, entries] of Object.entries(statement.Condition ?? {}))
      if (parseConditionOperator(operatorName) !== void 0) {
        for (let [name, values] of Object.entries(entries))
          if (ACCOUNT_KEYS.has(name.toLowerCase()))
            for (let value of toList(values))
              /^\d{12}$/.test(String(value)) && String(value) !== own && accounts.add(String(value));
      }
  return [...accounts].sort();
}
function coversOtherAccounts(accounts, allowed) {
  let anyone = callerOf("*");
  return accounts.length > MAX_NAMED_ACCOUNTS ? !0 : [UNNAMED_ACCOUNT, ...accounts].some(
    (account) => allowed({ ...anyone, callerAccount: account })
  );
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
  for (let statement of policy.Statement) {
    if (!hasWildcardPrincipal(statement)) continue;
    let allow = statement.Effect === "Allow";
    for (let [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
      let operator = parseConditionOperator(operatorName);
      if (!(operator === void 0 || operator.negated === allow || operator.family !== "String")) {
        for (let [name, values] of Object.entries(entries))
          if (ORGANIZATION_KEYS.has(name.toLowerCase()))
            for (let value of toList(values))
              rows.add(`${ORGANIZATION_PRINCIPAL_PREFIX}${String(value)}`);
      }
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
  let rows = [root, ...[...named].sort(), ...[...organizations].sort(), "*"], accounts = listConditionAccounts(policy, options.account), actions = options.actions ?? ACCESS_MATRIX_ACTIONS, encryptionContext = options.encryptionContext ?? requiredEncryptionContext(policy), viaService = options.viaService ?? allowedViaServices(policy)[0], prepared = prepareKeyPolicy(policy), key = options.key ?? { partition, account: options.account }, keys = options.keyProperties, probes = {
    encryptionContext: Object.keys(encryptionContext).length > 0 ? encryptionContext : void 0,
    viaService
  }, conditionKeys = new Map(
    actions.map((action) => [action, conditionKeysFor(policy, action)])
  ), dimensions = new Map(
    actions.map((action) => [
      action,
      listRequestDimensions(action, probes, conditionKeys.get(action) ?? /* @__PURE__ */ new Set())
    ])
  ), readsIdentity = new Set(
    actions.filter(
      (action) => readsAssumed(callerOf("organization o-x"), conditionKeys.get(action) ?? /* @__PURE__ */ new Set())
    )
  ), variantsOf = (action) => (dimensions.get(action) ?? []).reduce((product, d) => product * d.variants.length, 1), variants = actions.reduce((sum, action) => sum + variantsOf(action), 0), unnamedVariants = variants + [...readsIdentity].reduce((sum, action) => sum + variantsOf(action), 0), left = accessWorkLeft(), size = {
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
    let caller = callerOf(row).principal, candidates = candidateStatements(prepared, caller);
    work += (1 + candidates.reduce(
      (sum, { statement }) => sum + 1 + estimateConditionWork(statement, size),
      0
    )) * (caller === "*" ? unnamedVariants : variants) * (isServicePrincipal(row) ? 2 : 1), work > MAX_ACCESS_MATRIX_WORK && refuse(new AccessMatrixTooLargeError(rows.length, actions.length, work));
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
      ], caller = callerOf(principal), request = {
        principal,
        action,
        key,
        keys,
        readsAssumed: readsAssumed(caller, conditionKeys.get(action) ?? /* @__PURE__ */ new Set())
      };
      return evaluateCell(prepared, request, varied, {
        // Anyone's row is evaluated again per account tried when it is allowed: the
        // estimate does not foresee it, the work counted (`done`) does.
        foreign: principal === "*" ? (allowed) => coversOtherAccounts(accounts, allowed) : isForeign(principal, options.account),
        caller
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
  callerOf,
  listOrganizationPrincipals,
  buildAccessMatrix
};
