import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  findConditionKey,
  kms_iam_data_default,
  matchIpAddress,
  matchWildcard,
  parseConditionOperator,
  parsePrincipal
} from "./chunk-A54FERCJ.js";

// core/policy/to-list.ts
function toList(value) {
  return value === void 0 ? [] : Array.isArray(value) ? [...value] : [value];
}

// core/policy/prepare-key-policy.ts
var CHARACTERS_PER_STEP = 32, REQUEST_CHARACTERS_PER_STEP = 128;
function valueWork(text) {
  return 1 + Math.floor(text.length / CHARACTERS_PER_STEP);
}
function prepareKeyPolicy(policy) {
  let list = (value) => value === void 0 ? void 0 : toList(value);
  return {
    kind: "prepared-key-policy",
    variables: policy.Version === "2012-10-17",
    byCaller: /* @__PURE__ */ new Map(),
    work: { evaluations: 0, statements: 0, resourceScans: 0, principalScans: 0, conditions: 0 },
    statements: policy.Statement.map((statement, index) => {
      let conditions = prepareConditions(statement.Condition);
      return {
        label: statement.Sid ?? `#${index}`,
        effect: statement.Effect,
        principals: preparePrincipals(statement.Principal),
        notPrincipals: preparePrincipals(statement.NotPrincipal),
        actions: list(statement.Action),
        notActions: list(statement.NotAction),
        resources: list(statement.Resource),
        notResources: list(statement.NotResource),
        resourceMatches: /* @__PURE__ */ new Map(),
        actionMatches: /* @__PURE__ */ new Map(),
        conditions,
        conditionCost: conditions.reduce(
          (cost, condition) => condition.values.reduce((sum, value) => sum + valueWork(value), cost + 1),
          0
        )
      };
    })
  };
}
function prepareConditions(block) {
  return Object.entries(block ?? {}).flatMap(([operatorName, entries]) => {
    let operator = parseConditionOperator(operatorName);
    return Object.entries(entries).map(([key, values]) => ({
      operator,
      key: key.toLowerCase(),
      name: key,
      values: toList(values).map(String)
    }));
  });
}
function preparePrincipals(block) {
  if (block !== void 0)
    return block === "*" ? [{ type: "AWS", value: "*", parsed: { kind: "anyone" } }] : Object.entries(block).flatMap(
      ([type, values]) => toList(values).map((value) => ({ type, value, parsed: parsePrincipal(value) }))
    );
}

// core/policy/build-condition-context.ts
var ENCRYPTION_CONTEXT_KEY = "kms:EncryptionContext:${EncryptionContextKey}", GRANT_FOR_AWS_RESOURCE_KEY = "kms:GrantIsForAWSResource", ENCRYPTION_CONTEXT_KEY_LOWER = ENCRYPTION_CONTEXT_KEY.toLowerCase(), GRANT_FOR_AWS_RESOURCE_KEY_LOWER = GRANT_FOR_AWS_RESOURCE_KEY.toLowerCase(), actionConditionKeys = new Map(
  kms_iam_data_default.actions.map((action) => [
    `kms:${action.name}`.toLowerCase(),
    new Set(action.conditionKeys.map((key) => key.toLowerCase()))
  ])
), MODELED = /* @__PURE__ */ new Set([
  "aws:multifactorauthpresent",
  "aws:multifactorauthage",
  "kms:viaservice",
  "aws:viaawsservice",
  "aws:calledvia",
  "aws:calledviafirst",
  "aws:calledvialast",
  "kms:encryptioncontextkeys"
]), KEY_PROPERTIES = /* @__PURE__ */ new Set([
  "kms:keyorigin",
  "kms:keyspec",
  "kms:keyusage",
  "kms:multiregion",
  "kms:multiregionkeytype",
  // Deprecated names of KeySpec and KeyUsage, still evaluated on every operation on the key.
  "kms:customermasterkeyspec",
  "kms:customermasterkeyusage"
]), FROM_CALLER = /* @__PURE__ */ new Set([
  "aws:principalarn",
  "aws:principalaccount",
  "kms:calleraccount",
  "aws:principalisawsservice",
  "aws:principalservicename",
  "aws:username"
]);
function addValues(context, key, value) {
  addLowerValues(context, key.toLowerCase(), value);
}
function addLowerValues(context, lower, value) {
  if (value === void 0 || typeof value != "string" && value.length === 0) return;
  let existing = context.get(lower);
  if (existing === void 0)
    context.set(lower, typeof value == "string" ? [value] : [...value]);
  else if (typeof value == "string")
    existing.push(value);
  else
    for (let item of value) existing.push(item);
}
function buildConditionContext(request, caller) {
  let context = /* @__PURE__ */ new Map(), supported = actionConditionKeys.get(request.action.toLowerCase()), named = request.principal !== "*", callerAccount = request.callerAccount ?? caller.account;
  if (named) {
    let parsed = caller.parsed;
    parsed.kind !== "assumed-role" && addLowerValues(context, "aws:principalarn", request.principal), addLowerValues(
      context,
      "aws:principalisawsservice",
      parsed.kind === "service" ? "true" : "false"
    ), parsed.kind === "user" && addLowerValues(context, "aws:username", parsed.name), parsed.kind === "service" && addLowerValues(context, "aws:principalservicename", parsed.service);
  }
  if (addLowerValues(context, "aws:securetransport", "true"), addLowerValues(context, "aws:principalaccount", callerAccount), addLowerValues(context, "kms:calleraccount", callerAccount), addLowerValues(context, "aws:principalorgid", request.principalOrgId), request.mfaPresent !== void 0 && addLowerValues(context, "aws:multifactorauthpresent", String(request.mfaPresent)), addLowerValues(context, "kms:viaservice", request.viaService), addLowerValues(context, "aws:viaawsservice", String(request.viaService !== void 0)), request.grantIsForAwsResource !== void 0 && (supported === void 0 || supported.has(GRANT_FOR_AWS_RESOURCE_KEY_LOWER)) && addLowerValues(
    context,
    GRANT_FOR_AWS_RESOURCE_KEY_LOWER,
    String(request.grantIsForAwsResource)
  ), request.encryptionContext !== void 0 && (supported === void 0 || supported.has(ENCRYPTION_CONTEXT_KEY_LOWER))) {
    let names = [];
    for (let key in request.encryptionContext)
      Object.prototype.hasOwnProperty.call(request.encryptionContext, key) && (addValues(context, `kms:EncryptionContext:${key}`, request.encryptionContext[key]), names.push(key));
    addLowerValues(context, "kms:encryptioncontextkeys", names);
  }
  let properties = request.key?.properties;
  if (properties !== void 0)
    for (let key in properties)
      Object.prototype.hasOwnProperty.call(properties, key) && addValues(context, key, properties[key]);
  let keys = request.keys;
  if (keys !== void 0)
    for (let key in keys)
      Object.prototype.hasOwnProperty.call(keys, key) && (context.delete(key.toLowerCase()), addValues(context, key, keys[key]));
  return { values: context, knownAbsent: knownAbsentOf(caller, named, supported) };
}
function knownAbsentOf(caller, named, supported) {
  return (key) => MODELED.has(key) || key.startsWith("kms:encryptioncontext:") ? !0 : key === "aws:principalarn" && caller.parsed.kind === "assumed-role" ? !1 : FROM_CALLER.has(key) ? named : KEY_PROPERTIES.has(key) ? !1 : key.startsWith("kms:") && supported !== void 0 ? !supported.has(key) && !key.startsWith("kms:encryptioncontext") : !1;
}

// core/policy/match-arn.ts
function matchArn(pattern, arn, work) {
  let parts = typeof pattern == "string" ? [{ glob: pattern }] : pattern, [first] = parts;
  if (parts.length === 1 && first !== void 0 && "glob" in first && first.glob === "*")
    return "yes";
  let patternSegments = splitPattern(parts), arnSegments = splitArn(arn);
  return patternSegments.length !== 6 ? matchWildcard(parts, arn, !1, work) ? "maybe" : "no" : arnSegments.length !== 6 ? "no" : patternSegments.every(
    (segment, index) => matchWildcard(segment, arnSegments[index] ?? "", !1, work)
  ) ? "yes" : "no";
}
function splitPattern(parts) {
  let segments = [[]];
  for (let part of parts) {
    let literal = "literal" in part, pieces = (literal ? part.literal : part.glob).split(":");
    for (let [index, piece] of pieces.entries())
      index > 0 && (segments.length < 6 ? segments.push([]) : segments[5]?.push(literal ? { literal: ":" } : { glob: ":" })), piece !== "" && segments.at(-1)?.push(literal ? { literal: piece } : { glob: piece });
  }
  return segments;
}
function splitArn(arn) {
  let parts = arn.split(":");
  return parts.length <= 6 ? parts : [...parts.slice(0, 5), parts.slice(5).join(":")];
}

// core/policy/substitute-policy-variables.ts
function substitutePolicyVariables(value, context) {
  let pattern = [], missing = [], text = "", rest = 0;
  for (let open = value.indexOf("${"); open !== -1; open = value.indexOf("${", rest)) {
    let close = value.indexOf("}", open + 2);
    if (close === -1) break;
    let body = value.slice(open + 2, close), replaced = resolveVariable(body, context), written = value.slice(rest, open);
    written !== "" && pattern.push({ glob: written }), replaced === void 0 ? missing.push((body.split(",", 1)[0] ?? "").trim().toLowerCase()) : replaced !== "" && pattern.push({ literal: replaced }), text += written + (replaced ?? ""), rest = close + 1;
  }
  let tail = value.slice(rest);
  return tail !== "" && pattern.push({ glob: tail }), missing.length > 0 ? { value: void 0, missing } : { value: { text: text + tail, pattern }, missing };
}
function resolveVariable(body, context) {
  if (body === "*" || body === "?" || body === "$") return body;
  let [name = "", fallback] = body.split(",", 2).map((part) => part.trim()), values = context.get(name.toLowerCase());
  if (values?.[0] !== void 0 && findConditionKey(name)?.multiValued !== !0) return values[0];
  if (fallback !== void 0 && fallback.length >= 2 && fallback.startsWith("'") && fallback.endsWith("'"))
    return fallback.slice(1, -1);
}

// core/policy/match-conditions.ts
function matchConditions(conditions, context, variables, openWorld, work) {
  let unknownKeys = [];
  for (let condition of conditions) {
    if (condition.operator === void 0) return { match: "no", unknownKeys: [] };
    let match = matchCondition(
      condition.operator,
      condition,
      context,
      variables,
      openWorld,
      work
    );
    if (match === "no") return { match: "no", unknownKeys: [] };
    match === "maybe" && unknownKeys.push(condition.name);
  }
  return { match: unknownKeys.length > 0 ? "maybe" : "yes", unknownKeys };
}
function matchCondition(operator, condition, context, variables, openWorld, work) {
  let { key, values: policyValues } = condition;
  if (isUnknown(key, context, openWorld)) return "maybe";
  let requestValues = context.values.get(key);
  if (operator.family === "Null") {
    let absent = requestValues === void 0;
    return asMatch(policyValues.some((value) => value.toLowerCase() === "true" === absent));
  }
  if (requestValues === void 0)
    return operator.ifExists || operator.setOperator === "ForAllValues" ? "yes" : operator.setOperator === "ForAnyValue" ? "no" : asMatch(operator.negated);
  let fixed = fixedValuesOf(condition, variables), resolved = [];
  for (let [index, value] of policyValues.entries()) {
    let known = fixed[index];
    if (known !== void 0) {
      resolved.push(known);
      continue;
    }
    let substituted = substitutePolicyVariables(value, context.values);
    if (substituted.value !== void 0)
      work.conditions += 2 * Math.floor(substituted.value.text.length / CHARACTERS_PER_STEP), resolved.push(substituted.value);
    else if (substituted.missing.some((name) => isUnknown(name, context, openWorld)))
      return "maybe";
  }
  if (operator.setOperator === "ForAllValues" || operator.setOperator === "ForAnyValue") {
    let all = operator.setOperator === "ForAllValues", undecided = !1;
    for (let [index, requestValue] of requestValues.entries()) {
      let one = matchesOne(operator, requestValue, resolved, index > 0, work), passes = operator.negated ? negate(one) : one;
      if (all && passes === "no") return "no";
      if (!all && passes === "yes") return "yes";
      passes === "maybe" && (undecided = !0);
    }
    return undecided ? "maybe" : asMatch(all);
  }
  let anyMatch2 = "no";
  for (let [index, requestValue] of requestValues.entries()) {
    let one = matchesOne(operator, requestValue, resolved, index > 0, work);
    if (one === "yes") {
      anyMatch2 = "yes";
      break;
    }
    one === "maybe" && (anyMatch2 = "maybe");
  }
  return operator.negated ? negate(anyMatch2) : anyMatch2;
}
function negate(match) {
  return match === "yes" ? "no" : match === "no" ? "yes" : "maybe";
}
function isUnknown(name, context, openWorld) {
  return openWorld && !context.values.has(name) && !context.knownAbsent(name);
}
function matchesOne(operator, requestValue, resolved, again, work) {
  let requestSteps = Math.floor(requestValue.length / REQUEST_CHARACTERS_PER_STEP), matcher = work.conditionsLimit === void 0 ? { steps: 0 } : {
    steps: 0,
    limit: Math.max(0, work.conditionsLimit - work.conditions) * CHARACTERS_PER_STEP
  }, matched = "no";
  for (let policyValue of resolved) {
    work.conditions += requestSteps + (again ? valueWork(policyValue.text) : 0);
    let match = compareValues(operator, requestValue, policyValue, matcher);
    if (match === "yes") {
      matched = "yes";
      break;
    }
    match === "maybe" && (matched = "maybe");
  }
  return work.conditions += Math.floor(matcher.steps / CHARACTERS_PER_STEP), matched;
}
var fixedValues = /* @__PURE__ */ new WeakMap(), NO_CONTEXT = /* @__PURE__ */ new Map();
function fixedValuesOf(condition, variables) {
  let known = fixedValues.get(condition);
  known === void 0 && (known = [], fixedValues.set(condition, known));
  let slot = variables ? 1 : 0, values = known[slot];
  return values === void 0 && (values = condition.values.map((value) => variables ? value.includes("${") ? void 0 : substitutePolicyVariables(value, NO_CONTEXT).value : { text: value, pattern: [{ glob: value }] }), known[slot] = values), values;
}
function asMatch(value) {
  return value ? "yes" : "no";
}
function compareValues(operator, request, substituted, matcher) {
  return operator.family === "Arn" ? matchArn(substituted.pattern, request, matcher) : asMatch(compareText(operator, request, substituted, matcher));
}
function compareText(operator, request, substituted, matcher) {
  let policy = substituted.text;
  switch (operator.family) {
    case "String":
      return operator.wildcards ? matchWildcard(substituted.pattern, request, !1, matcher) : operator.ignoreCase ? policy.toLowerCase() === request.toLowerCase() : policy === request;
    case "Arn":
      return matchArn(substituted.pattern, request, matcher) === "yes";
    case "Bool":
      return policy.toLowerCase() === request.toLowerCase();
    case "Binary":
      return policy === request;
    case "IpAddress":
      return matchIpAddress(policy, request);
    case "Numeric":
      return compareOrdered(operator, parseNumber(request), parseNumber(policy));
    case "Date":
      return compareOrdered(operator, parseDate(request), parseDate(policy));
    case "Null":
      return !1;
  }
}
function compareOrdered(operator, request, policy) {
  if (request === void 0 || policy === void 0) return !1;
  switch (operator.comparison) {
    case "equals":
      return request === policy;
    case "lessThan":
      return request < policy;
    case "lessThanEquals":
      return request <= policy;
    case "greaterThan":
      return request > policy;
    case "greaterThanEquals":
      return request >= policy;
  }
}
function parseNumber(text) {
  if (/^\s*-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/.test(text))
    return Number(text);
}
function parseDate(text) {
  let seconds = parseNumber(text);
  if (seconds !== void 0) return seconds * 1e3;
  let millis = Date.parse(text);
  return Number.isNaN(millis) ? void 0 : millis;
}

// core/policy/match-statement-principal.ts
var callers = /* @__PURE__ */ new Map();
function describeCaller(principal) {
  let caller = callers.get(principal);
  if (caller === void 0) {
    let parsed = parsePrincipal(principal);
    caller = { parsed, account: "account" in parsed ? parsed.account : void 0 }, callers.size > 1e4 && callers.clear(), callers.set(principal, caller);
  }
  return caller;
}
function matchStatementPrincipal(statement, caller) {
  if (statement.notPrincipals !== void 0) {
    let notPrincipals = statement.notPrincipals;
    return callerIdentities(caller).every(
      (identity) => notPrincipals.some((principal) => matchPrincipalValue(principal, identity, !0) !== "none")
    ) ? "none" : "direct";
  }
  let best = "none";
  for (let principal of statement.principals ?? []) {
    let match = matchPrincipalValue(principal, caller);
    if (match === "direct" || match === "account-root") return match;
    match === "account" && (best = statement.effect === "Deny" ? "direct" : "account");
  }
  return best;
}
function callerIdentities(caller) {
  let { parsed } = caller, identities = [caller];
  return parsed.kind === "assumed-role" && identities.push({
    parsed: {
      kind: "role",
      account: parsed.account,
      partition: parsed.partition,
      name: parsed.role
    },
    account: parsed.account
  }), parsed.kind !== "account" && caller.account !== void 0 && "partition" in parsed && identities.push({
    parsed: { kind: "account", account: caller.account, partition: parsed.partition },
    account: caller.account
  }), identities;
}
function matchPrincipalValue({ type, value, parsed: named }, caller, exact = !1) {
  if (value === "*") return "direct";
  let { parsed } = caller;
  if (type !== "AWS")
    return (parsed.kind === "service" ? value.toLowerCase() === parsed.service.toLowerCase() : parsed.kind === "other" && value === parsed.value) ? "direct" : "none";
  switch (named.kind) {
    case "account":
      return caller.account !== named.account || exact && parsed.kind !== "account" ? "none" : parsed.kind === "account" ? "account-root" : "account";
    case "role":
      if (parsed.kind === "role" || parsed.kind === "assumed-role" && !exact) {
        let role = parsed.kind === "role" ? parsed.name : parsed.role;
        return parsed.account === named.account && equalsIgnoreCase(role, named.name) ? "direct" : "none";
      }
      return "none";
    case "user":
      return parsed.kind === "user" && parsed.account === named.account && equalsIgnoreCase(parsed.name, named.name) ? "direct" : "none";
    case "assumed-role":
      return parsed.kind === "assumed-role" && parsed.account === named.account && equalsIgnoreCase(parsed.role, named.role) && parsed.session === named.session ? "direct" : "none";
    case "anyone":
      return "direct";
    case "iam-other":
      return parsed.kind === "iam-other" && parsed.account === named.account && parsed.resource === named.resource ? "direct" : "none";
    case "unique-id":
      return parsed.kind === "unique-id" && parsed.id === named.id ? "direct" : "none";
    case "service":
      return parsed.kind === "service" && parsed.service === named.service ? "direct" : "none";
    case "other":
      return parsed.kind === "other" && parsed.value === named.value ? "direct" : "none";
  }
}
function equalsIgnoreCase(a, b) {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

// core/policy/match-statement-resource.ts
function matchStatementResource(statement, key) {
  if (statement.notResources !== void 0) {
    let listed = anyMatch(statement.notResources, key);
    return listed === "yes" ? "no" : listed === "no" ? "yes" : "maybe";
  }
  return anyMatch(statement.resources ?? [], key);
}
function anyMatch(patterns, key) {
  let result = "no";
  for (let pattern of patterns) {
    let match = matchResource(pattern, key);
    if (match === "yes") return "yes";
    match === "maybe" && (result = "maybe");
  }
  return result;
}
function matchResource(pattern, key) {
  if (pattern === "*") return "yes";
  if (pattern.includes("${")) return "maybe";
  let parts = splitArn(pattern);
  if (key !== void 0 && "arn" in key)
    return parts.length !== 6 ? matchWildcard(pattern, key.arn) ? "yes" : "no" : matchArn(pattern, key.arn);
  let location = key ?? {};
  if (parts.length !== 6)
    return spansEveryKeyOf(pattern, location) ? "yes" : couldSpanToAKey(pattern, location) ? "maybe" : "no";
  let [arn = "", partition = "", service = "", region = "", account = "", resource = ""] = parts, segments = [
    [arn, "arn"],
    [partition, location.partition],
    [service, "kms"],
    [region, location.region],
    [account, location.account]
  ], result = "yes";
  for (let [patternPart, known] of segments)
    if (known !== void 0) {
      if (!matchWildcard(patternPart, known)) return "no";
    } else /^\*+$/.test(patternPart) || (result = "maybe");
  return namesEveryKeyId(resource) ? result : couldNameAKey(resource) ? "maybe" : "no";
}
var KEY_PREFIX = "key/";
function namesEveryKeyId(resource) {
  if (!resource.endsWith("*")) return !1;
  let head = resource.replace(/\*+$/, "");
  for (let length = 0; length <= KEY_PREFIX.length; length += 1)
    if (matchWildcard(head, KEY_PREFIX.slice(0, length))) return !0;
  return !1;
}
function couldSpanToAKey(pattern, location) {
  let wildcard = pattern.search(/[*?]/);
  if (wildcard === -1) return !1;
  let literal = pattern.slice(0, wildcard), known = knownArnStart(location);
  return literal.startsWith(known) || known.startsWith(literal);
}
function spansEveryKeyOf(pattern, location) {
  let head = pattern.replace(/\*+$/, "");
  if (head === pattern || /[*?]/.test(head)) return !1;
  let known = knownArnStart(location);
  return known.endsWith(KEY_PREFIX) && known.startsWith(head);
}
function knownArnStart(location) {
  if (location.partition === void 0) return "arn:";
  let service = `arn:${location.partition}:kms:`;
  if (location.region === void 0) return service;
  let region = `${service}${location.region}:`;
  return location.account === void 0 ? region : `${region}${location.account}:${KEY_PREFIX}`;
}
function couldNameAKey(resource) {
  let wildcard = resource.search(/[*?]/), literal = wildcard === -1 ? resource : resource.slice(0, wildcard);
  return wildcard === -1 ? resource.startsWith("key/") && resource.length > 4 : literal.startsWith("key/") || "key/".startsWith(literal);
}

// core/policy/evaluate-key-policy.ts
function evaluateKeyPolicy(policy, request, stance = "exact") {
  let prepared = "kind" in policy ? policy : prepareKeyPolicy(policy);
  prepared.work.evaluations += 1;
  let caller = describeCaller(request.principal), context, denies = [], allows = [], delegatedBy = [], undecided = [];
  for (let { statement, principal: principalMatch } of candidateStatements(
    prepared,
    request.principal
  )) {
    if (prepared.work.statements += 1, !memo(
      statement.actionMatches,
      request.action,
      () => matchStatementAction(statement, request.action)
    )) continue;
    let resource = memo(statement.resourceMatches, keyText(request.key), () => (prepared.work.resourceScans += 1, matchStatementResource(statement, request.key)));
    if (resource === "no") continue;
    context ??= buildConditionContext(request, caller), prepared.work.conditions += statement.conditionCost;
    let conditions = matchConditions(
      statement.conditions,
      context,
      prepared.variables,
      stance === "lockout" || stance === "possible",
      prepared.work
    );
    conditions.match === "no" || (resource === "yes" ? conditions.match : "maybe") === "maybe" && (undecided.push({
      statement: statement.label,
      effect: statement.effect,
      because: [...resource === "maybe" ? ["Resource"] : [], ...conditions.unknownKeys]
    }), !(stance === "lockout" && statement.effect === "Deny" || stance === "exposure" && statement.effect === "Allow" || stance === "possible" && statement.effect === "Allow" && resource === "yes")) || (statement.effect === "Deny" ? denies.push(statement.label) : principalMatch === "account" ? delegatedBy.push(statement.label) : (allows.push(statement.label), principalMatch === "account-root" && delegatedBy.push(statement.label)));
  }
  return denies.length > 0 ? {
    verdict: "explicit_deny",
    delegatedToIam: !1,
    statements: denies,
    delegatedBy: [],
    undecided
  } : {
    verdict: allows.length > 0 ? "allowed" : "implicit_deny",
    delegatedToIam: delegatedBy.length > 0,
    statements: allows,
    delegatedBy,
    undecided
  };
}
function candidateStatements(prepared, principal) {
  return memo(prepared.byCaller, principal, () => {
    let caller = describeCaller(principal);
    return prepared.work.principalScans += prepared.statements.length, prepared.statements.flatMap((statement) => {
      let match = matchStatementPrincipal(statement, caller);
      return match === "none" ? [] : [{ statement, principal: match }];
    });
  });
}
function anyAllowCovers(prepared, principal, action, delegation) {
  for (let { statement, principal: match } of candidateStatements(prepared, principal))
    if (!(statement.effect !== "Allow" || match === "account" && !delegation) && memo(statement.actionMatches, action, () => matchStatementAction(statement, action)))
      return !0;
  return !1;
}
function keyText(key) {
  if (key === void 0) return "null";
  let text = keyTexts.get(key);
  return text === void 0 && (text = JSON.stringify(key), keyTexts.set(key, text)), text;
}
var keyTexts = /* @__PURE__ */ new WeakMap(), MEMO_LIMIT = 1e4;
function memo(cache, key, compute) {
  let value = cache.get(key);
  return value === void 0 && (value = compute(), cache.size >= MEMO_LIMIT && cache.clear(), cache.set(key, value)), value;
}
function matchStatementAction(statement, action) {
  return statement.notActions !== void 0 ? !statement.notActions.some((pattern) => matchWildcard(pattern, action, !0)) : (statement.actions ?? []).some((pattern) => matchWildcard(pattern, action, !0));
}

export {
  toList,
  CHARACTERS_PER_STEP,
  REQUEST_CHARACTERS_PER_STEP,
  valueWork,
  prepareKeyPolicy,
  evaluateKeyPolicy,
  candidateStatements,
  anyAllowCovers
};
