import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  toList
} from "./chunk-QSB7NCUL.js";
import {
  parseConditionOperator
} from "./chunk-A54FERCJ.js";

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
  let encryptionContext = { ...base.encryptionContext }, keys = { ...base.keys }, request = { ...base };
  for (let fill of fillsOf(statement, perspective))
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
function fillsOf(statement, perspective) {
  let scope = perspective.kind === "outsider" ? `outsider:${perspective.account}` : "insider", byScope = fillsByStatement.get(statement);
  byScope === void 0 && (byScope = /* @__PURE__ */ new Map(), fillsByStatement.set(statement, byScope));
  let fills = byScope.get(scope);
  return fills === void 0 && (fills = listFills(statement, perspective), byScope.set(scope, fills)), fills;
}
function listFills(statement, perspective) {
  let fills = [];
  for (let [operatorName, entries] of Object.entries(statement.Condition ?? {})) {
    let operator = parseConditionOperator(operatorName);
    if (!(operator === void 0 || operator.negated))
      for (let [key, values] of Object.entries(entries)) {
        let lower = key.toLowerCase();
        if (DERIVED_FROM_PRINCIPAL.has(lower) || perspective.kind === "outsider" && isIdentityKey(lower)) continue;
        let written = toList(values).map(String), value = firstSatisfyingValue(operator, written);
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
  buildSatisfyingRequest
};
