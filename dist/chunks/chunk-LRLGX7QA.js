import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  toList
} from "./chunk-5PJNXYGC.js";
import {
  matchIpAddress,
  matchWildcard,
  parseConditionOperator
} from "./chunk-A54FERCJ.js";
import {
  isServicePrincipal
} from "./chunk-A7NF7W6Z.js";
import {
  createWorkMeter,
  createWorkScope
} from "./chunk-JV3QVPE7.js";

// core/lint/policy/lint-work-meter.ts
var MAX_LINT_STEPS = 35e4, LintBudgetExceededError = class extends Error {
  constructor(steps) {
    super(`linting took more than ${String(MAX_LINT_STEPS)} evaluation steps`);
    this.steps = steps;
    this.name = "LintBudgetExceededError";
  }
  steps;
};
function createLintWorkMeter() {
  return createWorkMeter(MAX_LINT_STEPS, (spent) => new LintBudgetExceededError(spent));
}
var scope = createWorkScope(), meterLintWork = (meter, run) => scope.meter(meter, run);
function chargeLintWork(steps) {
  scope.charge(steps);
}

// core/lint/policy/outsider-identity-value.ts
var WIDEST_NETWORK_PREFIX = { ipv4: 8, ipv6: 12 }, ASSIGNED_ID = {
  vpce: { prefix: "vpce-", alphabet: "0123456789abcdef", length: 17 },
  vpc: { prefix: "vpc-", alphabet: "0123456789abcdef", length: 17 },
  uniqueId: { alphabet: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", length: 17 }
}, MODELLED_BY_PERSPECTIVE = /* @__PURE__ */ new Set(["aws:principalorgid", "aws:principalorgpaths"]), SESSION_NAME = /^[\w+=,.@-]{2,64}$/;
function outsiderIdentityValue(lower, operator, written, outsiderAccount) {
  if (MODELLED_BY_PERSPECTIVE.has(lower)) return;
  let values = written.filter((value) => !value.includes("${"));
  if (operator.family === "IpAddress")
    return chargeLintWork(values.length), lower === "aws:vpcsourceip" ? values.map(networkAddress).find(isAddress) : lower !== "aws:sourceip" ? void 0 : values.filter(isWideRange).map(networkAddress).find(isAddress);
  if (operator.family !== "String" && operator.family !== "Arn" || !operator.wildcards)
    return;
  let work = { steps: 0 };
  try {
    for (let pattern of values) {
      let found = candidatesOf(lower, pattern, outsiderAccount).find(
        (candidate) => matchWildcard(pattern, candidate, operator.ignoreCase, work)
      );
      if (found !== void 0) return found;
    }
    return;
  } finally {
    chargeLintWork(work.steps);
  }
}
function candidatesOf(lower, pattern, outsiderAccount) {
  switch (lower) {
    case "aws:sourcevpce":
    case "aws:sourcevpc": {
      let id = lower === "aws:sourcevpce" ? ASSIGNED_ID.vpce : ASSIGNED_ID.vpc, assigned = unwritten(id.alphabet, pattern, id.length);
      return assigned === void 0 ? [] : [`${id.prefix}${assigned}`];
    }
    case "aws:userid": {
      let id = ASSIGNED_ID.uniqueId, assigned = unwritten(id.alphabet, pattern, id.length), sessions = sessionNamesFor(pattern);
      return [
        ...assigned === void 0 ? [] : [`AIDA${assigned}`, ...sessions.map((session) => `AROA${assigned}:${session}`)],
        // A federated user (GetFederationToken): `<account>:<name>`, the name the caller's.
        ...sessions.map((session) => `${outsiderAccount}:${session}`)
      ];
    }
    case "aws:principalarn": {
      let segments = pattern.split(":");
      if (segments[0] !== "arn" || segments.length < 6) return [];
      let partition = (segments[1] ?? "").replace(/[*?]/g, "") || "aws", resource = segments.slice(5).join(":").replace(/[*?]/g, "x");
      return [`arn:${partition}:iam::${outsiderAccount}:${resource}`];
    }
    default:
      return /^[*?]*\*[*?]*$/.test(pattern) ? [pattern.replace(/[*?]/g, "x")] : [];
  }
}
function unwritten(alphabet, pattern, length) {
  let lowered = pattern.toLowerCase();
  for (let index = 0; index < alphabet.length; index += 1) {
    let char = alphabet.charAt(index);
    if (!lowered.includes(char.toLowerCase())) return char.repeat(length);
  }
}
function sessionNamesFor(pattern) {
  let named = pattern.slice(pattern.lastIndexOf(":") + 1).replace(/\*/g, "").replace(/\?/g, "x");
  return SESSION_NAME.test(named) ? ["kms-action-outsider", named] : ["kms-action-outsider"];
}
function isWideRange(range) {
  let [network = "", prefixText] = range.trim().split("/");
  if (prefixText === void 0 || !/^\d{1,3}$/.test(prefixText)) return !1;
  let widest = network.includes(":") ? WIDEST_NETWORK_PREFIX.ipv6 : WIDEST_NETWORK_PREFIX.ipv4;
  return Number(prefixText) < widest;
}
function networkAddress(range) {
  return range.trim().split("/")[0] ?? "";
}
function isAddress(address) {
  return matchIpAddress(address, address);
}

// core/lint/policy/build-satisfying-request.ts
var DERIVED_FROM_PRINCIPAL = /* @__PURE__ */ new Set([
  "aws:principalarn",
  "aws:principalaccount",
  "kms:calleraccount",
  "aws:principalisawsservice",
  "aws:principalservicename"
]), CALLER_IDENTITY = /* @__PURE__ */ new Set([
  ...DERIVED_FROM_PRINCIPAL,
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalservicenameslist",
  "aws:userid",
  "aws:federatedprovider",
  "aws:sourceaccount",
  "aws:sourcearn",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:sourceowner",
  "aws:sourceip",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourcevpcarn",
  "aws:vpcsourceip",
  "aws:vpceaccount",
  "aws:vpceorgid",
  "aws:vpceorgpaths",
  "aws:ec2instancesourcevpc",
  "aws:ec2instancesourceprivateipv4",
  "ec2:sourceinstancearn",
  "lambda:sourcefunctionarn",
  "ssm:sourceinstancearn"
]), ENCRYPTION_CONTEXT_PREFIX = "kms:encryptioncontext:", SERVICE_CONTEXT_PREFIX = "kms:encryptioncontext:aws:";
function buildSatisfyingRequest(statement, base, perspective) {
  let encryptionContext = { ...base.encryptionContext }, keys = { ...base.keys }, request = { ...base }, service = isServicePrincipal(base.principal);
  for (let fill of fillsOf(statement, perspective, service))
    switch (fill.to) {
      case "context":
        encryptionContext[fill.name] = fill.value;
        break;
      case "context-default":
        encryptionContext[fill.name] ??= "x";
        break;
      case "key":
        keys[fill.key] = fill.value;
        break;
      case "viaService":
      case "principalOrgId":
        request = { ...request, [fill.to]: fill.value };
        break;
      case "mfaPresent":
      case "grantIsForAwsResource":
        request = { ...request, [fill.to]: fill.value };
        break;
    }
  return Object.keys(encryptionContext).length > 0 && (request = { ...request, encryptionContext }), Object.keys(keys).length > 0 && (request = { ...request, keys }), request;
}
var fillsByStatement = /* @__PURE__ */ new WeakMap();
function fillsOf(statement, perspective, service) {
  let scope2 = perspective.kind === "outsider" ? `outsider:${perspective.account}:${String(service)}` : "insider", byScope = fillsByStatement.get(statement);
  byScope === void 0 && (byScope = /* @__PURE__ */ new Map(), fillsByStatement.set(statement, byScope));
  let fills = byScope.get(scope2);
  return fills === void 0 && (fills = listFills(statement, perspective, service), byScope.set(scope2, fills)), fills;
}
function listFills(statement, perspective, service) {
  let fills = [];
  for (let [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
    let operator = parseConditionOperator(operatorName);
    if (!(operator === void 0 || operator.negated))
      for (let [key, values] of Object.entries(entries)) {
        let lower = key.toLowerCase(), ownArn = perspective.kind === "outsider" && lower === "aws:principalarn";
        if (DERIVED_FROM_PRINCIPAL.has(lower) && !ownArn) continue;
        let written = toList(values).map(String);
        if (perspective.kind === "outsider" && isIdentityKey(lower)) {
          if (service) continue;
          let value2 = outsiderIdentityValue(lower, operator, written, perspective.account);
          value2 !== void 0 && fills.push({ to: "key", key, value: value2 });
          continue;
        }
        let value = firstSatisfyingValue(operator, written);
        if (value !== void 0)
          if (perspective.kind === "outsider" && lower.startsWith(SERVICE_CONTEXT_PREFIX) && (value = value.replace(/\d{12}/g, perspective.account)), lower.startsWith(ENCRYPTION_CONTEXT_PREFIX))
            fills.push({ to: "context", name: key.slice(ENCRYPTION_CONTEXT_PREFIX.length), value });
          else if (lower === "kms:encryptioncontextkeys")
            for (let name of operator.family === "Null" ? ["x"] : written)
              fills.push({ to: "context-default", name });
          else lower === "kms:viaservice" ? fills.push({ to: "viaService", value }) : lower === "aws:multifactorauthpresent" ? fills.push({ to: "mfaPresent", value: value.toLowerCase() === "true" }) : lower === "kms:grantisforawsresource" ? fills.push({ to: "grantIsForAwsResource", value: value.toLowerCase() === "true" }) : lower === "aws:principalorgid" ? fills.push({ to: "principalOrgId", value }) : fills.push({ to: "key", key, value });
      }
  }
  return fills;
}
function isIdentityKey(lower) {
  return CALLER_IDENTITY.has(lower) || lower.startsWith("kms:recipientattestation:");
}
function firstSatisfyingValue(operator, values) {
  if (operator.family === "Null")
    return values.some((value) => value.toLowerCase() === "false") ? "x" : void 0;
  for (let value of values) {
    if (value.includes("${")) continue;
    let satisfying = satisfyingValue(operator, value);
    if (satisfying !== void 0) return satisfying;
  }
}
function satisfyingValue(operator, value) {
  switch (operator.family) {
    case "String":
    case "Arn":
      return operator.wildcards ? value.replace(/[*?]/g, "x") : value;
    case "Bool":
    case "Binary":
      return value;
    case "IpAddress":
      return value.split("/")[0];
    case "Numeric": {
      let number = Number(value);
      return Number.isNaN(number) ? void 0 : operator.comparison === "lessThan" ? String(number - 1) : operator.comparison === "greaterThan" ? String(number + 1) : value;
    }
    case "Date": {
      let millis = /^\d+$/.test(value) ? Number(value) * 1e3 : Date.parse(value);
      return Number.isNaN(millis) ? void 0 : operator.comparison === "lessThan" ? new Date(millis - 1e3).toISOString() : operator.comparison === "greaterThan" ? new Date(millis + 1e3).toISOString() : new Date(millis).toISOString();
    }
    case "Null":
      return;
  }
}

export {
  MAX_LINT_STEPS,
  LintBudgetExceededError,
  createLintWorkMeter,
  meterLintWork,
  chargeLintWork,
  buildSatisfyingRequest
};
