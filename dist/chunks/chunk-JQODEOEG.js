import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  MAX_LINT_STEPS,
  buildSatisfyingRequest,
  chargeLintWork
} from "./chunk-LRLGX7QA.js";
import {
  MAX_KEY_POLICY_BYTES,
  parseKeyPolicy
} from "./chunk-SRQPVIDI.js";
import {
  evaluationWorkOf,
  expandStatementActions,
  roleSessionProbe,
  withThousands
} from "./chunk-II7W7C4Z.js";
import {
  anyAllowCovers,
  evaluateKeyPolicy,
  prepareKeyPolicy,
  toList
} from "./chunk-5PJNXYGC.js";
import {
  canRotateAutomatically,
  keyUsageActions,
  parseConditionOperator,
  parsePrincipal,
  partitionOf
} from "./chunk-A54FERCJ.js";
import {
  OWNERSHIP_TAG_KEY,
  OWNERSHIP_TAG_MANIFEST
} from "./chunk-A7NF7W6Z.js";

// core/lint/policy/action-sets.ts
var ADMIN_ACTIONS = ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:DisableKey"], CRYPTO_ACTIONS = [
  "kms:Decrypt",
  "kms:Encrypt",
  "kms:GenerateDataKey",
  "kms:ReEncryptFrom",
  "kms:Sign",
  "kms:GenerateMac",
  "kms:DeriveSharedSecret"
];
function sensitiveActionsOf(key) {
  return key.keySpec === void 0 && key.keyUsage === void 0 ? CRYPTO_ACTIONS : keyUsageActions(key.keySpec, key.keyUsage).sensitiveActions;
}
function contextActionsOf(key) {
  return keyUsageActions(key.keySpec, key.keyUsage).contextActions;
}
var MFA_GUARDED_ACTIONS = ["kms:ScheduleKeyDeletion", "kms:DisableKey"];
function summarizeActions(actions, limit = 4) {
  return actions.length <= limit ? actions.join(", ") : `${actions.slice(0, limit).join(", ")} and ${actions.length - limit} more`;
}

// core/lint/policy/find-permission.ts
function findPermission(document, query) {
  let policy = preparedPolicy(document), before = evaluationWorkOf(policy), covered = anyAllowCovers(policy, query.principal, query.action, query.delegation === !0);
  if (chargeLintWork(1 + evaluationWorkOf(policy) - before), !covered) return;
  let answers = answered.get(document);
  answers === void 0 && (answers = /* @__PURE__ */ new Map(), answered.set(document, answers)), chargeLintWork(QUESTION_STEPS);
  let question = questionOf(query);
  if (answers.has(question)) return answers.get(question);
  let answer = searchPermission(document, policy, query);
  return answers.set(question, answer), answer;
}
var QUESTION_STEPS = 4, CANDIDATE_STEPS = 2, answered = /* @__PURE__ */ new WeakMap();
function questionOf(query) {
  let { perspective, key } = query, fields = {
    principal: query.principal,
    action: query.action,
    perspective: perspective.kind === "outsider" ? [perspective.account, perspective.organization] : null,
    mfa: query.mfa ?? null,
    delegation: query.delegation ?? null,
    bare: query.bare ?? null,
    keys: query.keys ?? null,
    key: key === void 0 ? null : "arn" in key ? [key.arn, key.properties ?? null] : [
      key.partition ?? null,
      key.account ?? null,
      key.region ?? null,
      key.properties ?? null
    ],
    stance: query.stance ?? null
  };
  return JSON.stringify(Object.values(fields));
}
function searchPermission(document, policy, query) {
  let mfa = query.mfa ?? "favourable", base = {
    principal: query.principal,
    action: query.action,
    ...query.key === void 0 ? {} : { key: query.key },
    ...query.perspective.kind === "outsider" ? {
      principalOrgId: query.perspective.organization,
      // Anyone can create an organisation: the outsider is in one, at an OU of its own.
      keys: {
        "aws:PrincipalOrgPaths": [`${query.perspective.organization}/r-kmsa/ou-kmsa-outsider/`],
        ...query.keys
      }
    } : query.keys === void 0 ? {} : { keys: query.keys },
    ...mfa === "favourable" ? { mfaPresent: !0 } : {}
  }, charged = evaluationWorkOf(policy), charge = () => {
    let now = evaluationWorkOf(policy);
    chargeLintWork(now - charged), charged = now;
  }, evaluated = /* @__PURE__ */ new Set(), evaluate = (candidate) => {
    let request = askedRequest(candidate, query.keys, mfa, query.bare === !0), text = JSON.stringify(request);
    if (evaluated.has(text)) return;
    evaluated.add(text);
    let decision = evaluateKeyPolicy(policy, request, query.stance ?? "exposure");
    return charge(), decision.verdict === "allowed" || query.delegation === !0 && decision.verdict === "implicit_deny" && decision.delegatedToIam ? { decision, request } : void 0;
  }, plain = evaluate(base);
  if (plain !== void 0) return plain;
  for (let statement of document.Statement) {
    if (statement.Effect !== "Allow" || statement.Condition === void 0) continue;
    chargeLintWork(CANDIDATE_STEPS);
    let candidate = buildSatisfyingRequest(statement, base, query.perspective);
    if (sameRequest(candidate, base)) continue;
    let permission = evaluate(candidate);
    if (permission !== void 0) return permission;
  }
}
function sameRequest(a, b) {
  let fields = Object.keys(a);
  return fields.length !== Object.keys(b).length ? !1 : fields.every((field) => sameValue(a[field], b[field]));
}
function sameValue(a, b) {
  if (a === b) return !0;
  if (typeof a != "object" || typeof b != "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return !1;
  let entries = Object.entries(a);
  return entries.length !== Object.keys(b).length ? !1 : entries.every(
    ([name, value]) => Object.prototype.hasOwnProperty.call(b, name) && sameValue(value, b[name])
  );
}
var prepared = /* @__PURE__ */ new WeakMap();
function preparedPolicy(document) {
  let policy = prepared.get(document);
  return policy === void 0 && (policy = prepareKeyPolicy(document), prepared.set(document, policy)), policy;
}
function askedRequest(candidate, fixedKeys, mfa, bareCall) {
  let withoutMfa = mfa !== "favourable";
  if (fixedKeys === void 0 && !withoutMfa && !bareCall) return candidate;
  let request = { ...candidate }, keys = fixedKeys === void 0 ? candidate.keys : { ...candidate.keys, ...fixedKeys };
  return withoutMfa && (delete request.mfaPresent, mfa === "false" && (request.mfaPresent = !1)), bareCall && (delete request.encryptionContext, delete request.viaService), (withoutMfa || bareCall) && (keys = keysWithout(
    keys,
    (lower) => withoutMfa && lower.startsWith("aws:multifactorauth") || bareCall && (lower.startsWith("kms:encryptioncontext") || lower === "kms:viaservice" || lower === "aws:viaawsservice" || lower.startsWith("aws:calledvia"))
  )), keys !== void 0 && (request.keys = keys), request;
}
function keysWithout(keys, drop) {
  let kept = {};
  if (keys === void 0) return kept;
  for (let [key, value] of Object.entries(keys))
    drop(key.toLowerCase()) || (key === "__proto__" ? Object.defineProperty(kept, key, {
      value,
      enumerable: !0,
      writable: !0,
      configurable: !0
    }) : kept[key] = value);
  return kept;
}

// core/lint/policy/list-policy-principals.ts
function listPolicyPrincipals(document) {
  let principals = listed.get(document);
  return principals === void 0 && (principals = listOnce(document), listed.set(document, principals)), principals;
}
var listed = /* @__PURE__ */ new WeakMap();
function listOnce(document) {
  return document.Statement.flatMap((statement, index) => [
    ...principalsOf(statement.Principal, index, statement.Effect, !1),
    ...principalsOf(statement.NotPrincipal, index, statement.Effect, !0)
  ]);
}
function principalsOf(block, statement, effect, negated) {
  if (block === void 0) return [];
  let element = negated ? "NotPrincipal" : "Principal";
  return block === "*" ? [
    {
      type: "AWS",
      value: "*",
      parsed: { kind: "anyone" },
      statement,
      effect,
      negated,
      path: ["Statement", statement, element]
    }
  ] : Object.entries(block).flatMap(([type, values]) => (typeof values == "string" ? [values] : values).map((value, position) => ({
    type,
    value,
    parsed: type === "AWS" || type === "Service" ? parsePrincipal(value) : { kind: "other", value },
    statement,
    effect,
    negated,
    path: typeof values == "string" ? ["Statement", statement, element, type] : ["Statement", statement, element, type, position]
  })));
}

// core/lint/rules/admin-user-overlap.ts
var SELF_GRANT_HELP = "remove `kms:CreateGrant` from the administrators (`kms:Create*` includes it; list `kms:CreateAlias` instead): key users get grants only for AWS resources (`kms:GrantIsForAWSResource`)", adminUserOverlap = {
  kind: "policy",
  id: "admin-user-overlap",
  defaultSeverity: "warning",
  summary: "One principal both administers the key and uses it, or may grant itself use.",
  rationale: "Separation of duties: a principal that can read the data (Decrypt) and also rewrite the policy, disable or delete the key can hide its tracks or hold the data to ransom with one set of credentials. Key administrators and key users should be different roles. An administrator that may call CreateGrant (the AWS default `kms:Create*` includes it) can give itself Decrypt through a grant, which no key-policy review sees.",
  help: "list the principal under `admins` or under `users`, not both; give administrators only management actions, without `kms:CreateGrant`",
  practice: {
    title: "Key admins and key users are different principals (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html"
  },
  check: (target) => {
    let { document } = target, sensitive = sensitiveActionsOf(target), issues = [], seen = /* @__PURE__ */ new Set();
    for (let principal of listPolicyPrincipals(document)) {
      if (principal.effect !== "Allow" || principal.negated || principal.type !== "AWS" || !["role", "user", "assumed-role"].includes(principal.parsed.kind)) continue;
      let name = principal.value.toLowerCase();
      if (seen.has(name)) continue;
      seen.add(name);
      let may = (action) => findPermission(document, {
        principal: principal.value,
        action,
        perspective: { kind: "insider" }
      }) !== void 0, administers = ADMIN_ACTIONS.filter(may);
      if (administers.length === 0) continue;
      let uses = sensitive.filter(may), selfGrant = maySelfGrant(document, principal.value);
      if (uses.length === 0 && !selfGrant) continue;
      let grantPath = "create grants for itself (kms:CreateGrant, not only for AWS resources), which give it use of the key without a key-policy change";
      issues.push({
        message: uses.length === 0 ? `\`${principal.value}\` may administer the key (${administers.join(", ")}) and ${grantPath}` : `\`${principal.value}\` may both administer the key (${administers.join(", ")}) and use it (${uses.join(", ")})${selfGrant ? `; it may also ${grantPath}` : ""}`,
        ...uses.length === 0 ? { help: SELF_GRANT_HELP } : {},
        path: principal.path,
        principal: principal.value
      });
    }
    return issues;
  }
};
function maySelfGrant(document, principal) {
  let permission = findPermission(document, {
    principal,
    action: "kms:CreateGrant",
    perspective: { kind: "insider" },
    keys: { "kms:GrantIsForAWSResource": "false" }
  });
  return permission !== void 0 && permission.request.viaService === void 0;
}

// core/lint/list-declared-aliases.ts
function listDeclaredAliases(key) {
  return [
    { aliases: key.aliases, path: ["keys", key.name, "aliases"] },
    ...key.replicas.filter((replica) => replica.aliases.length > 0).map((replica) => ({
      aliases: replica.aliases,
      path: [...replica.path, "aliases"],
      replicaRegion: replica.region
    }))
  ];
}

// core/lint/rules/alias-environment-mismatch.ts
var ENVIRONMENT_SYNONYMS = {
  prod: "production",
  prd: "production",
  production: "production",
  live: "production",
  stage: "staging",
  staging: "staging",
  stg: "staging",
  preprod: "staging",
  dev: "development",
  development: "development",
  test: "test",
  testing: "test",
  tst: "test",
  qa: "qa",
  uat: "uat",
  sandbox: "sandbox",
  sbx: "sandbox"
};
function normalize(environment) {
  let lower = environment.toLowerCase();
  return ENVIRONMENT_SYNONYMS[lower] ?? lower;
}
var aliasEnvironmentMismatch = {
  kind: "manifest",
  id: "alias-environment-mismatch",
  defaultSeverity: "error",
  summary: "An alias names another environment than the key's.",
  rationale: "Applications find keys by alias. An alias `alias/prod-...` on a staging key (or the reverse) sends one environment's data to the other environment's key: production data encrypted under a key that staging roles can use, or production outages when the staging key is deleted.",
  help: "rename the alias after the key's environment, or correct the key's `environment`",
  practice: {
    title: "One key per service x environment x compliance domain (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html"
  },
  check: (desired) => {
    let declared = new Set(
      desired.keys.flatMap((key) => key.environment === void 0 ? [] : [key.environment])
    ), known = /* @__PURE__ */ new Set([
      ...Object.keys(ENVIRONMENT_SYNONYMS),
      ...[...declared].map((environment) => environment.toLowerCase())
    ]);
    return desired.keys.flatMap((key) => {
      if (key.environment === void 0) return [];
      let own = normalize(key.environment), environment = key.environment;
      return listDeclaredAliases(key).flatMap(
        ({ aliases, path, replicaRegion }) => aliases.flatMap((alias) => {
          let other = alias.slice(6).toLowerCase().split(/[-/_]+/).find((word) => known.has(word) && normalize(word) !== own);
          if (other === void 0) return [];
          let owner = replicaRegion === void 0 ? `key \`${key.name}\`` : `the ${replicaRegion} replica of key \`${key.name}\``;
          return [
            {
              key: key.name,
              path,
              message: `alias \`${alias}\` names environment \`${other}\`, but ${owner} is in \`${environment}\``
            }
          ];
        })
      );
    });
  }
};

// core/lint/rules/alias-naming.ts
var CONVENTIONAL_ALIAS = /^alias\/[a-z0-9]+(?:[-/][a-z0-9]+)*$/, aliasNaming = {
  kind: "manifest",
  id: "alias-naming",
  defaultSeverity: "warning",
  summary: "A key has no alias, or an alias that is not lower-case kebab-case.",
  rationale: "Applications should name a key by alias, never by key id: rotating to a new key is then retargeting the alias, with no code change. One spelling convention (`alias/<environment>-<service>-<purpose>`, lower case, `-` between words) keeps aliases predictable; alias names are case-sensitive, so `alias/Prod_S3` and `alias/prod-s3` are different aliases.",
  help: "add `aliases: [alias/<environment>-<service>-<purpose>]` in lower case with `-` between words",
  practice: {
    title: "Aliases as stable names (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/alias-about.html"
  },
  check: (desired) => desired.keys.flatMap((key) => key.aliases.length === 0 ? [
    {
      key: key.name,
      path: ["keys", key.name],
      message: `key \`${key.name}\` has no alias: applications would have to use its key id`
    }
  ] : listDeclaredAliases(key).flatMap(
    ({ aliases, path }) => aliases.filter((alias) => !CONVENTIONAL_ALIAS.test(alias)).map((alias) => ({
      key: key.name,
      path,
      message: `alias \`${alias}\` is not lower-case kebab-case`,
      help: `rename it, e.g. \`${conventional(alias)}\` (add the new alias first, move applications, then remove the old one)`
    }))
  ))
};
function conventional(alias) {
  return `alias/${alias.slice(6).replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase().replace(/[^a-z0-9/]+/g, "-").replace(/^-+|-+$/g, "")}`;
}

// core/lint/policy/statement-label.ts
function statementLabel(document, index) {
  return document.Statement[index]?.Sid ?? `#${index}`;
}

// core/lint/policy/usable-policy-document.ts
var parsedDocuments = /* @__PURE__ */ new WeakMap();
function parsePolicyOnce(document) {
  if (typeof document != "object" || document === null) return parseKeyPolicy(document);
  let parsed = parsedDocuments.get(document);
  return parsed === void 0 && (parsed = parseKeyPolicy(document), parsedDocuments.set(document, parsed)), parsed;
}
function forgetParsedPolicy(document) {
  typeof document == "object" && document !== null && parsedDocuments.delete(document);
}
function usablePolicyDocument(document) {
  if (document === void 0) return;
  let parsed = parsePolicyOnce(document);
  return parsed.ok ? parsed.policy : void 0;
}

// core/lint/rules/aws-managed-key.ts
var AWS_MANAGED_CONDITION_KEYS = ["kms:calleraccount", "kms:viaservice"], awsManagedKey = {
  kind: "manifest",
  id: "aws-managed-key",
  defaultSeverity: "warning",
  summary: "A key's policy copies an AWS managed key's: anyone in the account may use it through the service.",
  rationale: "Customer managed keys exist so that you decide who uses a key. An AWS managed key (`alias/aws/s3`...) lets every principal of the account that may call the service use it, its policy cannot be changed, and it cannot be disabled, rotated on your schedule, or shared across accounts. A customer managed key with the same wildcard policy pays for a CMK and keeps the AWS managed key's weaknesses.",
  help: "replace the wildcard statement with named key users (`policy: { users: [...], via_service: [...] }`)",
  practice: {
    title: "CMKs, never AWS managed keys (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt"
  },
  check: (desired) => desired.keys.flatMap((key) => {
    if (key.policy?.kind !== "document") return [];
    let document = usablePolicyDocument(key.policy.document);
    if (document === void 0) return [];
    let probe = `arn:${partitionOf(key)}:iam::${key.account}:role/kms-action-probe`, issues = [];
    for (let principal of listPolicyPrincipals(document)) {
      if (principal.effect !== "Allow" || principal.negated || principal.value !== "*") continue;
      let statement = document.Statement[principal.statement];
      if (statement === void 0 || !hasAwsManagedConditions(statement.Condition)) continue;
      let label = statementLabel(document, principal.statement), permitted = findPermission(document, {
        principal: probe,
        action: "kms:Decrypt",
        perspective: { kind: "insider" }
      });
      permitted?.decision.statements.includes(label) === !0 && issues.push({
        key: key.name,
        path: ["keys", key.name, "policy", "document", "Statement", principal.statement],
        message: `key \`${key.name}\` has an AWS managed key's policy: statement \`${label}\` lets every principal of account ${key.account} use it through ${permitted.request.viaService ?? "the service"}`
      });
    }
    return issues;
  })
};
function hasAwsManagedConditions(condition) {
  let keys = /* @__PURE__ */ new Set();
  for (let [operatorName, entries] of Object.entries(condition ?? {}))
    if (parseConditionOperator(operatorName)?.negated === !1)
      for (let key of Object.keys(entries)) keys.add(key.toLowerCase());
  return AWS_MANAGED_CONDITION_KEYS.every((key) => keys.has(key));
}

// core/lint/exact-json-of.ts
function exactJsonOf(value) {
  let exact = quickExactJson(value, 0, { left: QUICK_VALUES });
  if (!(exact === !1 || exact === void 0 && !holdsExactJson(value)))
    try {
      return JSON.stringify(value);
    } catch {
      return;
    }
}
var QUICK_VALUES = 4096, QUICK_DEPTH = 32;
function quickExactJson(value, depth, quick) {
  if (quick.left -= 1, !(quick.left < 0 || depth > QUICK_DEPTH))
    switch (typeof value) {
      case "string":
      case "boolean":
        return !0;
      case "number":
        return Number.isFinite(value) && !Object.is(value, -0);
      case "object": {
        if (value === null) return !0;
        if (Array.isArray(value)) {
          for (let index = 0; index < value.length; index += 1) {
            if (!(index in value)) return !1;
            let exact = quickExactJson(value[index], depth + 1, quick);
            if (exact !== !0) return exact;
          }
          return !0;
        }
        let prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) return !1;
        for (let member of Object.values(value)) {
          let exact = quickExactJson(member, depth + 1, quick);
          if (exact !== !0) return exact;
        }
        return !0;
      }
      default:
        return !1;
    }
}
function holdsExactJson(root) {
  let pending = [root], walked = /* @__PURE__ */ new Set();
  for (; pending.length > 0; ) {
    let value = pending.pop();
    switch (typeof value) {
      case "string":
      case "boolean":
        continue;
      case "number":
        if (!Number.isFinite(value) || Object.is(value, -0)) return !1;
        continue;
      case "object": {
        if (value === null || walked.has(value)) continue;
        if (walked.add(value), Array.isArray(value)) {
          for (let index = 0; index < value.length; index += 1) {
            if (!(index in value)) return !1;
            pending.push(value[index]);
          }
          continue;
        }
        let prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) return !1;
        for (let member of Object.values(value)) pending.push(member);
        continue;
      }
      default:
        return !1;
    }
  }
  return !0;
}

// core/lint/list-abstraction-candidates.ts
var NAMED_PRINCIPAL = /^arn:(aws[a-z-]*):iam::(\d{12}):(role|user)\/([A-Za-z0-9+=,.@_-]{1,64})$/, PLAIN_VALUE = /^[A-Za-z0-9_.@=+,-]{1,64}$/, EQUALITY_OPERATORS = /* @__PURE__ */ new Set(["StringEquals", "StringNotEquals"]), NAME_INDEPENDENT_CONDITION_KEYS = /* @__PURE__ */ new Set([
  "kms:encryptioncontextkeys",
  "kms:viaservice",
  "kms:calleraccount",
  "aws:principalaccount",
  "aws:principalisawsservice",
  "aws:multifactorauthpresent",
  "aws:multifactorauthage",
  "kms:grantisforawsresource",
  "kms:grantoperations",
  "aws:securetransport",
  "aws:viaawsservice",
  "kms:encryptionalgorithm",
  "kms:signingalgorithm",
  "kms:macalgorithm",
  "kms:requestalias",
  "kms:resourcealiases",
  "kms:keyspec",
  "kms:keyusage",
  "kms:keyorigin",
  "aws:requestedregion",
  "aws:currenttime",
  "aws:sourceip"
]), ENCRYPTION_CONTEXT_PREFIX = "kms:encryptioncontext:";
function listAbstractionCandidates(document, account, partition) {
  let statements = Array.isArray(document.Statement) ? document.Statement : [document.Statement], principals = /* @__PURE__ */ new Map(), values = /* @__PURE__ */ new Map(), valuesAbstracted = !0;
  for (let statement of statements) {
    if (!isRecord(statement)) return;
    for (let field of ["Principal", "NotPrincipal"]) {
      let principal = statement[field];
      if (principal === void 0) continue;
      let named = principalValues(principal);
      if (named === void 0) return;
      for (let { type, value } of named) {
        if (value !== "*" && (value.includes("*") || value.includes("?"))) return;
        if (field !== "Principal" || type !== "AWS") continue;
        let match = NAMED_PRINCIPAL.exec(value);
        match?.[1] !== partition || match[2] !== account || principals.set(value, (principals.get(value) ?? 0) + 1);
      }
    }
    let condition = statement.Condition;
    if (condition !== void 0) {
      if (!isRecord(condition)) return;
      for (let [operator, block] of Object.entries(condition)) {
        if (!isRecord(block)) return;
        /like|ignorecase/i.test(operator) && (valuesAbstracted = !1);
        for (let [key, listed2] of Object.entries(block)) {
          let folded = key.toLowerCase(), context = folded.startsWith(ENCRYPTION_CONTEXT_PREFIX) && folded.length > ENCRYPTION_CONTEXT_PREFIX.length;
          if (!context && !NAME_INDEPENDENT_CONDITION_KEYS.has(folded)) return;
          if (context) {
            if (!EQUALITY_OPERATORS.has(operator)) {
              valuesAbstracted = !1;
              continue;
            }
            for (let value of Array.isArray(listed2) ? listed2 : [listed2])
              typeof value == "string" && PLAIN_VALUE.test(value) && values.set(value, (values.get(value) ?? 0) + 1);
          }
        }
      }
    }
  }
  return { principals, values: valuesAbstracted ? values : void 0 };
}
function principalValues(principal) {
  if (typeof principal == "string") return [{ type: "", value: principal }];
  if (!isRecord(principal)) return;
  let values = [];
  for (let [type, listed2] of Object.entries(principal))
    for (let value of Array.isArray(listed2) ? listed2 : [listed2]) {
      if (typeof value != "string") return;
      values.push({ type, value });
    }
  return values;
}
function isRecord(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}

// core/lint/map-strings.ts
function mapStrings(value, map, opaque = () => {
}) {
  if (typeof value == "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map, opaque));
  if ((typeof value == "function" || typeof value == "symbol") && opaque(), typeof value != "object" || value === null) return value;
  let prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null)
    return opaque(), value;
  let copy = Object.create(prototype);
  for (let [name, member] of Object.entries(value)) {
    let mapped = mapStrings(member, map, opaque);
    name !== "__proto__" ? copy[name] = mapped : Object.defineProperty(copy, name, {
      value: mapped,
      enumerable: !0,
      writable: !0,
      configurable: !0
    });
  }
  return copy;
}

// core/lint/abstract-policy-principals.ts
var PLACEHOLDER_PREFIX = "KmsActionPlaceholder", PLACEHOLDER = /KmsActionPlaceholder(\d+)X/gi, MAY_HOLD_PLACEHOLDER = /KmsActionPlaceholder/i, SIZE_MARGIN = 4096, SCANNED_CHARS_PER_STEP = 1024;
function abstractPolicyPrincipals(raw, scope) {
  if (typeof raw != "object" || raw === null) return abstractOnce(raw, scope);
  let scopeKey = `${scope.account ?? ""}:${scope.partition ?? ""}`, byScope = abstractions.get(raw);
  return byScope === void 0 && (byScope = /* @__PURE__ */ new Map(), abstractions.set(raw, byScope)), byScope.has(scopeKey) || byScope.set(scopeKey, abstractOnce(raw, scope)), byScope.get(scopeKey);
}
var abstractions = /* @__PURE__ */ new WeakMap(), recentShapes = /* @__PURE__ */ new Map(), MAX_RECENT_SHAPES = 8, MAX_RECENT_SHAPE_CHARS = 256 * 1024, recentShapeChars = 0;
function internShape(shape) {
  let seen = recentShapes.get(shape);
  return seen !== void 0 ? seen : (shape.length > MAX_RECENT_SHAPE_CHARS || ((recentShapes.size >= MAX_RECENT_SHAPES || recentShapeChars + shape.length > MAX_RECENT_SHAPE_CHARS) && (recentShapes.clear(), recentShapeChars = 0), recentShapes.set(shape, shape), recentShapeChars += shape.length), shape);
}
var lastAbstraction;
function abstractOnce(raw, scope) {
  let text = exactJsonOf(raw);
  if (text === void 0) return;
  let scopeKey = `${scope.account ?? ""}:${scope.partition ?? ""}`, last = lastAbstraction;
  if (last !== void 0 && last.text === text && last.scope === scopeKey)
    return chargeLintWork(last.steps), last.abstraction;
  let charged = { steps: 0 }, abstraction = abstractText(raw, text, scope, charged);
  return lastAbstraction = abstraction.replaced > 0 && text.length <= MAX_RECENT_SHAPE_CHARS ? { text, scope: scopeKey, abstraction, steps: charged.steps } : void 0, abstraction;
}
function abstractText(raw, text, scope, charged) {
  let asWritten2 = () => ({
    raw,
    shape: internShape(text),
    replaced: 0,
    restore: (value) => value
  }), lower = text.toLowerCase();
  if (scope.account === void 0 || text.includes("${") || lower.includes(PLACEHOLDER_PREFIX.toLowerCase()) || !isRecord2(raw))
    return asWritten2();
  let limit = MAX_KEY_POLICY_BYTES - SIZE_MARGIN;
  if (utf8BytesOver(text, limit)) return asWritten2();
  let found = listAbstractionCandidates(raw, scope.account, scope.partition ?? "aws");
  if (found === void 0) return asWritten2();
  let { principals: candidates, values } = found, names = candidates.size + (values?.size ?? 0);
  charged.steps = Math.ceil(names * text.length / SCANNED_CHARS_PER_STEP), chargeLintWork(charged.steps);
  let spellings = /* @__PURE__ */ new Map();
  for (let arn of candidates.keys()) {
    let folded = arn.toLowerCase();
    spellings.set(folded, (spellings.get(folded) ?? 0) + 1);
  }
  let selected = [];
  for (let [arn, uses] of candidates) {
    let match = NAMED_PRINCIPAL.exec(arn), name = match?.[4];
    match === null || name === void 0 || spellings.get(arn.toLowerCase()) !== 1 || /\d{12}/.test(name) || occurrences(lower, `"${arn.toLowerCase()}"`) === uses && selected.push({
      written: arn,
      original: name,
      placeholder: (placeholder) => `arn:${match[1] ?? "aws"}:iam::${match[2] ?? ""}:${match[3] ?? ""}/${placeholder}`
    });
  }
  for (let [value, uses] of values ?? [])
    /\d{12}/.test(value) || occurrences(lower, `"${value.toLowerCase()}"`) !== uses || selected.push({ written: value, original: value, placeholder: (placeholder) => placeholder });
  let built = replaceCandidates(text, selected), kept = namesGone(selected, built.lower);
  if (kept.length < selected.length && (built = replaceCandidates(text, kept), namesGone(kept, built.lower).length < kept.length))
    return asWritten2();
  let { originals } = built;
  if (originals.length === 0 || utf8BytesOver(built.shape, limit)) return asWritten2();
  let shape = internShape(built.shape), restoreText = (value) => {
    if (!MAY_HOLD_PLACEHOLDER.test(value)) return value;
    let state = { exact: !0 }, restored = value.replace(PLACEHOLDER, (found2, index) => {
      let original = originals[Number(index)], placeholder = `${PLACEHOLDER_PREFIX}${Number(index)}X`;
      return original !== void 0 && found2 === placeholder ? original : original !== void 0 && found2 === placeholder.toLowerCase() ? original.toLowerCase() : (state.exact = !1, found2);
    });
    return state.exact ? restored : void 0;
  };
  return {
    // Only a shape not seen before is read: most keys of a manifest never need the copy. Not
    // kept: the abstraction lives as long as the key's policy, the copy (and what the
    // evaluator caches about it) only as long as its reader holds it.
    get raw() {
      return JSON.parse(shape);
    },
    shape,
    replaced: originals.length,
    restore: (value) => {
      let state = { exact: !0 }, restored = mapStrings(
        value,
        (text2) => {
          let back = restoreText(text2);
          return back === void 0 && (state.exact = !1), back ?? text2;
        },
        () => {
          state.exact = !1;
        }
      );
      return state.exact ? restored : void 0;
    }
  };
}
function namesGone(candidates, lower) {
  return candidates.filter(({ original }) => !lower.includes(original.toLowerCase()));
}
function replaceCandidates(text, candidates) {
  let shape = text, originals = [];
  for (let { written, original, placeholder } of candidates) {
    let replacement = placeholder(`${PLACEHOLDER_PREFIX}${String(originals.length)}X`);
    shape = shape.split(`"${written}"`).join(`"${replacement}"`), originals.push(original);
  }
  return { shape, lower: shape.toLowerCase(), originals };
}
function occurrences(text, part) {
  let count = 0;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) count += 1;
  return count;
}
function utf8BytesOver(text, limit) {
  return text.length * 3 <= limit ? !1 : new TextEncoder().encode(text).byteLength > limit;
}
function isRecord2(value) {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}

// core/lint/rules/compliance-isolation.ts
var MAX_NAMED_KEYS = 10, complianceIsolation = {
  kind: "manifest",
  id: "compliance-isolation",
  defaultSeverity: "warning",
  summary: "A principal uses keys of a compliance domain and keys outside it.",
  rationale: "A compliance domain (PCI DSS, HIPAA...) keeps its scope small by isolating who touches its data. A role that decrypts card data and also general application data brings every system it runs on into the audit scope, and a compromise of the general workload reaches the regulated data.",
  help: "give the regulated workload its own role, used only with keys of its compliance domain",
  practice: {
    title: "One key per service x environment x compliance domain (SPEC section 1)",
    url: "https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-kms-best-practices/data-protection-key-management.html"
  },
  check: (desired, run) => {
    if (!desired.keys.some((key) => key.compliance !== void 0)) return [];
    let share = run?.sharePolicyShapes ?? !0, policyUsers = /* @__PURE__ */ new Map(), usersByKey = new Map(
      desired.keys.map((key) => [key.name, keyUsersOf(key, share ? policyUsers : void 0)])
    ), domainOf = new Map(
      desired.keys.map((key) => [key, key.compliance?.toLowerCase() ?? ""])
    ), keysByUser = /* @__PURE__ */ new Map();
    for (let key of desired.keys) {
      let domain = domainOf.get(key) ?? "";
      for (let principal of usersByKey.get(key.name) ?? []) {
        let user = keysByUser.get(principal);
        user === void 0 && (user = { keys: [], perDomain: /* @__PURE__ */ new Map(), shownOutside: /* @__PURE__ */ new Map() }, keysByUser.set(principal, user)), user.keys.push(key), user.perDomain.set(domain, (user.perDomain.get(domain) ?? 0) + 1);
      }
    }
    let issues = [];
    for (let key of desired.keys) {
      if (key.compliance === void 0) continue;
      let domain = domainOf.get(key) ?? "";
      for (let principal of usersByKey.get(key.name) ?? []) {
        let user = keysByUser.get(principal);
        if (user === void 0) continue;
        chargeLintWork(1);
        let outside = user.keys.length - (user.perDomain.get(domain) ?? 0);
        if (outside === 0) continue;
        let named = user.shownOutside.get(domain);
        if (named === void 0) {
          named = [];
          for (let other of user.keys) {
            if (named.length === MAX_NAMED_KEYS) break;
            domainOf.get(other) !== domain && named.push(`\`${other.name}\` (${other.compliance ?? "no compliance domain"})`);
          }
          user.shownOutside.set(domain, named);
        }
        let described = (outside > MAX_NAMED_KEYS ? [...named, `${outside - MAX_NAMED_KEYS} more keys`] : named).join(", ");
        issues.push({
          key: key.name,
          path: ["keys", key.name, "compliance"],
          message: `\`${principal}\` uses key \`${key.name}\` of compliance domain \`${key.compliance}\` and also ${described}`
        });
      }
    }
    return issues;
  }
};
function keyUsersOf(key, policyUsers) {
  let users = usersOf(key, policyUsers);
  for (let replica of key.replicas) {
    if (!replica.policyWritten || replica.policy === void 0) continue;
    let asKey = {
      ...key,
      region: replica.region,
      policy: replica.policy,
      grants: []
    };
    for (let user of usersOf(asKey, policyUsers)) users.add(user);
  }
  return users;
}
function usersOf(key, policyUsers) {
  let users = new Set(key.grants.map((grant) => grant.granteePrincipal.toLowerCase()));
  if (key.policy === void 0) return users;
  let actions = sensitiveActionsOf(key);
  if (policyUsers === void 0) {
    let document = usablePolicyDocument(key.policy.document);
    for (let user of document === void 0 ? [] : policyUsersOf(document, actions))
      users.add(user);
    return users;
  }
  let abstracted = abstractPolicyPrincipals(key.policy.document, {
    account: key.account,
    partition: partitionOf(key)
  }), cacheKey = abstracted === void 0 ? void 0 : `${JSON.stringify(actions)}
${abstracted.shape}`, shared = cacheKey === void 0 ? void 0 : policyUsers.get(cacheKey);
  if (shared === void 0) {
    let document = usablePolicyDocument(abstracted?.raw ?? key.policy.document);
    shared = document === void 0 ? /* @__PURE__ */ new Set() : policyUsersOf(document, actions), cacheKey !== void 0 && policyUsers.set(cacheKey, shared);
  }
  let fromPolicy = abstracted === void 0 ? shared : abstracted.restore([...shared]);
  if (fromPolicy === void 0) return usersOf(key, void 0);
  for (let user of fromPolicy) users.add(user);
  return users;
}
function policyUsersOf(document, actions) {
  let users = /* @__PURE__ */ new Set();
  for (let principal of listPolicyPrincipals(document)) {
    if (principal.effect !== "Allow" || principal.negated || principal.type !== "AWS" || !["role", "user", "assumed-role"].includes(principal.parsed.kind)) continue;
    actions.some(
      (action) => findPermission(document, {
        principal: principal.value,
        action,
        perspective: { kind: "insider" }
      }) !== void 0
    ) && users.add(principal.value.toLowerCase());
  }
  return users;
}

// core/lint/policy/key-account-of.ts
function keyAccountOf(target) {
  if (target.account !== void 0) return target.account;
  let roots = listPolicyPrincipals(target.document).flatMap(
    (principal) => principal.effect === "Allow" && !principal.negated && principal.parsed.kind === "account" ? [{ account: principal.parsed.account, statement: principal.statement }] : []
  ), accounts = new Set(roots.map((root) => root.account));
  if (accounts.size <= 1) return [...accounts][0];
  let managing = new Set(
    roots.filter((root) => {
      let statement = target.document.Statement[root.statement];
      return statement !== void 0 && expandStatementActions(statement).includes("kms:PutKeyPolicy");
    }).map((root) => root.account)
  );
  return managing.size === 1 ? [...managing][0] : void 0;
}

// core/lint/rules/cross-account-access.ts
var CALLER_ACCOUNT_KEYS = /* @__PURE__ */ new Set(["kms:calleraccount", "aws:principalaccount"]), PRINCIPAL_ARN_KEY = "aws:principalarn", crossAccountAccess = {
  kind: "policy",
  id: "cross-account-access",
  defaultSeverity: "warning",
  summary: "An account or organisation gets access as a whole, or a foreign principal may manage the key.",
  rationale: "Cross-account access belongs in the key policy, to named principals with named actions. Naming another account (`arn:aws:iam::222222222222:root`) hands the decision to that account's IAM administrators; letting a foreign principal change the policy, disable or delete the key puts your data in their hands.",
  help: "name the foreign role (`cross_account: [{principal: arn:aws:iam::222222222222:role/App, actions: [Decrypt]}]`) and give it cryptographic actions only",
  practice: {
    title: "Cross-account access only through the key policy, to named principals (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html"
  },
  check: (target) => {
    let { document } = target, account = keyAccountOf(target);
    if (account === void 0) return [];
    let issues = [], reported = /* @__PURE__ */ new Set();
    for (let principal of listPolicyPrincipals(document)) {
      if (principal.effect !== "Allow" || principal.negated || principal.type !== "AWS") continue;
      let { parsed } = principal, statement = document.Statement[principal.statement];
      if (statement !== void 0) {
        if (parsed.kind === "account" && parsed.account !== account) {
          let probe = `arn:${parsed.partition}:iam::${parsed.account}:role/kms-action-probe`, actions = expandStatementActions(statement).filter(
            (action) => findPermission(document, {
              key: target.key,
              principal: probe,
              action,
              perspective: { kind: "insider" },
              delegation: !0
            }) !== void 0
          );
          if (actions.length === 0 || reported.has(parsed.account)) continue;
          reported.add(parsed.account), issues.push({
            message: `the whole account ${parsed.account} may call ${summarizeActions(actions)}: its IAM administrators decide which of their principals use the key`,
            path: principal.path,
            principal: principal.value
          });
        } else if ((parsed.kind === "role" || parsed.kind === "user" || parsed.kind === "assumed-role") && parsed.account !== account) {
          let manages = ADMIN_ACTIONS.filter(
            (action) => findPermission(document, {
              key: target.key,
              principal: principal.value,
              action,
              perspective: { kind: "insider" }
            }) !== void 0
          );
          if (manages.length === 0 || reported.has(principal.value)) continue;
          reported.add(principal.value), issues.push({
            message: `\`${principal.value}\` of account ${parsed.account} may manage the key (${manages.join(", ")})`,
            path: principal.path,
            principal: principal.value
          });
        } else if (parsed.kind === "anyone") {
          let actionsGrantedTo = (probe) => expandStatementActions(statement).filter(
            (action) => findPermission(document, {
              key: target.key,
              principal: probe,
              action,
              perspective: { kind: "insider" }
            })?.decision.statements.includes(statement.Sid ?? `#${principal.statement}`) === !0
          );
          for (let foreign of foreignCallerAccounts(statement.Condition, account)) {
            if (reported.has(foreign)) continue;
            let probe = `arn:${target.partition}:iam::${foreign}:role/kms-action-probe`, actions = actionsGrantedTo(probe);
            actions.length !== 0 && (reported.add(foreign), issues.push({
              message: `every principal of account ${foreign} may call ${summarizeActions(actions)} (wildcard principal limited to that account)`,
              path: principal.path
            }));
          }
          for (let organization of organizationsOf(statement.Condition)) {
            let label = `${organization.key}:${organization.value}`;
            if (reported.has(label)) continue;
            let foreign = account === "999999999999" ? "999999999998" : "999999999999", probe = `arn:${target.partition}:iam::${foreign}:role/kms-action-probe`, actions = actionsGrantedTo(probe);
            if (actions.length === 0) continue;
            reported.add(label);
            let what = organization.key === "aws:principalorgid" ? "organization" : "organization path";
            issues.push({
              message: `every principal of the ${what} ${organization.value} may call ${summarizeActions(actions)} (wildcard principal limited by \`${organization.name}\`): every account of it, not only ${account}`,
              help: "if the whole organisation is meant, say why in `lint_ignore`; otherwise narrow it to organisational units (`organization: { paths: [...] }`) and to the actions members need (`actions:`), or name the foreign roles under `cross_account`",
              path: principal.path
            });
          }
        }
      }
    }
    return issues;
  }
}, ORGANIZATION_KEYS = /* @__PURE__ */ new Set(["aws:principalorgid", "aws:principalorgpaths"]);
function organizationsOf(condition) {
  let found = [];
  for (let [operatorName, entries] of Object.entries(condition ?? {})) {
    let operator = parseConditionOperator(operatorName);
    if (!(operator === void 0 || operator.negated || operator.family !== "String"))
      for (let [name, values] of Object.entries(entries)) {
        let key = name.toLowerCase();
        if (ORGANIZATION_KEYS.has(key))
          for (let value of toList(values).map(String)) found.push({ key, name, value });
      }
  }
  return found;
}
function foreignCallerAccounts(condition, account) {
  let accounts = /* @__PURE__ */ new Set();
  for (let [operatorName, entries] of Object.entries(condition ?? {})) {
    let operator = parseConditionOperator(operatorName);
    if (!(operator === void 0 || operator.negated))
      for (let [key, values] of Object.entries(entries)) {
        let lower = key.toLowerCase(), byArn = lower === PRINCIPAL_ARN_KEY;
        if (!(!CALLER_ACCOUNT_KEYS.has(lower) && !byArn) && !(byArn && operator.family !== "Arn" && operator.family !== "String"))
          for (let value of toList(values).map(String)) {
            let admitted = byArn ? accountOfArn(value) : value;
            admitted !== void 0 && /^\d{12}$/.test(admitted) && admitted !== account && accounts.add(admitted);
          }
      }
  }
  return [...accounts];
}
function accountOfArn(value) {
  let segments = value.split(":");
  return segments[0] === "arn" && segments.length >= 6 ? segments[4] : void 0;
}

// core/lint/manifest-path.ts
function pathExists(desired, path) {
  if (path.length === 0) return !0;
  let here = desired.locate(path), parent = desired.locate(path.slice(0, -1));
  return here.line !== parent.line || here.column !== parent.column;
}
function firstExistingPath(desired, candidates) {
  return candidates.find((path) => pathExists(desired, path)) ?? candidates.at(-1) ?? [];
}
function keyOrDefaultsPath(desired, key, field) {
  return firstExistingPath(desired, [
    ["keys", key, ...field],
    ["defaults", ...field],
    ["keys", key]
  ]);
}

// core/lint/rules/deletion-window.ts
var RECOMMENDED_DELETION_WINDOW_DAYS = 30, deletionWindow = {
  kind: "manifest",
  id: "deletion-window",
  defaultSeverity: "notice",
  summary: `The deletion waiting period is shorter than ${RECOMMENDED_DELETION_WINDOW_DAYS} days.`,
  rationale: `Deleting a key destroys every ciphertext it protects. The waiting period is the time left to notice a mistaken or malicious ScheduleKeyDeletion and cancel it; ${RECOMMENDED_DELETION_WINDOW_DAYS} days, the maximum, gives monitoring and people the most time. Outside production a shorter window can be a deliberate choice: it is a notice there, an error in production.`,
  help: `set \`deletion_window_in_days: ${RECOMMENDED_DELETION_WINDOW_DAYS}\`; for a non-production environment where a short window is intended, set the rule to \`off\` under \`lint.environments.<environment>.rules\``,
  practice: {
    title: "Deletion window 30 days in production (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#deleting-keys-scheduling-key-deletion"
  },
  check: (desired) => desired.keys.flatMap((key) => {
    let environment = key.environment === void 0 ? "" : ` (environment \`${key.environment}\`)`, own = key.deletionWindowInDays < RECOMMENDED_DELETION_WINDOW_DAYS ? [
      {
        key: key.name,
        path: keyOrDefaultsPath(desired, key.name, ["deletion_window_in_days"]),
        message: `key \`${key.name}\` has a deletion window of ${key.deletionWindowInDays} days, under ${RECOMMENDED_DELETION_WINDOW_DAYS}${environment}`
      }
    ] : [], replicas = key.replicas.filter(
      (replica) => replica.deletionWindowInDays < RECOMMENDED_DELETION_WINDOW_DAYS && replica.deletionWindowInDays !== key.deletionWindowInDays
    ).map((replica) => ({
      key: key.name,
      path: [...replica.path, "deletion_window_in_days"],
      message: `the ${replica.region} replica of key \`${key.name}\` has a deletion window of ${replica.deletionWindowInDays} days, under ${RECOMMENDED_DELETION_WINDOW_DAYS}${environment}`
    }));
    return [...own, ...replicas];
  })
};

// core/lint/policy/parse-json-pointer.ts
function parseJsonPointer(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~")).map((part) => /^(0|[1-9]\d*)$/.test(part) ? Number(part) : part);
}

// core/lint/rules/invalid-policy.ts
var invalidPolicy = {
  kind: "policy",
  id: "invalid-policy",
  readsRawDocument: !0,
  defaultSeverity: "error",
  summary: "The key policy is not valid, or does not mean what it says.",
  rationale: "KMS refuses an invalid key policy at apply time, half way through a rollout; other mistakes (a condition key KMS never sends, a Resource that is not this key, an operator in the wrong casing, the unique id of a deleted role) are accepted but silently never match, so the statement does not do what it reads. A name repeated in one JSON object is read differently by different JSON readers, so the policy has no single meaning. A manifest with a policy KMS would refuse is invalid before linting; the rest is reported here, at most as a warning. Every invalid part is reported at once, and the other policy rules still judge the statements without errors.",
  help: "fix the policy as the message says",
  practice: {
    title: "The key policy is the source of truth (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html"
  },
  check: ({ problems }) => problems.map((problem) => ({
    message: problem.message,
    help: problem.hint,
    path: parseJsonPointer(problem.path),
    ...problem.position === void 0 ? {} : { position: problem.position },
    ...problem.severity === "warning" ? { maxSeverity: "warning" } : {}
  }))
};

// core/lint/rules/missing-encryption-context.ts
var missingEncryptionContext = {
  kind: "policy",
  id: "missing-encryption-context",
  defaultSeverity: "warning",
  summary: "A principal may use the key directly without an encryption context.",
  rationale: "An encryption context binds each ciphertext to what it protects: ciphertext copied to another record or tenant does not decrypt, and CloudTrail records the context of every use. Requiring one on every direct use, or confining use to an AWS service that sets its own context (`kms:ViaService`), keeps that binding.",
  help: "set `encryption_context: {<key>: <value>}` in the policy intent (or a `kms:EncryptionContext:<key>` condition), or restrict use with `via_service`",
  practice: {
    title: "Encryption context binds ciphertext (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html"
  },
  check: (target) => {
    let { document } = target, account = keyAccountOf(target), contextActions = contextActionsOf(target);
    if (contextActions.length === 0) return [];
    let issues = [], seen = /* @__PURE__ */ new Set();
    for (let principal of listPolicyPrincipals(document)) {
      if (principal.effect !== "Allow" || principal.negated || principal.type !== "AWS") continue;
      let { parsed } = principal, probe, delegation = !1;
      if (parsed.kind === "role" || parsed.kind === "user" || parsed.kind === "assumed-role")
        probe = principal.value;
      else if (parsed.kind === "account" && account !== void 0 && parsed.account !== account)
        probe = `arn:${parsed.partition}:iam::${parsed.account}:role/kms-action-probe`, delegation = !0;
      else
        continue;
      if (seen.has(probe.toLowerCase())) continue;
      seen.add(probe.toLowerCase());
      let bare = contextActions.filter(
        (action) => findPermission(document, {
          key: target.key,
          principal: probe,
          action,
          perspective: { kind: "insider" },
          bare: !0,
          delegation
        }) !== void 0
      );
      bare.length !== 0 && issues.push({
        message: `\`${principal.value}\` may call ${bare.join(", ")} directly without an encryption context`,
        path: principal.path,
        principal: principal.value
      });
    }
    return issues;
  }
};

// core/lint/rules/missing-mfa-guard.ts
var missingMfaGuard = {
  kind: "policy",
  id: "missing-mfa-guard",
  defaultSeverity: "warning",
  summary: "Scheduling deletion or disabling the key does not require MFA.",
  rationale: "Ransomware shield: stolen credentials without MFA must not be able to disable the key or schedule its deletion. An explicit Deny of `kms:ScheduleKeyDeletion` and `kms:DisableKey` with `BoolIfExists: {aws:MultiFactorAuthPresent: false}` stops them for every principal, whatever IAM policies say. The plan flags changes the (MFA-less) pipeline then cannot make, with the break-glass procedure.",
  help: 'keep `require_mfa_for: [ScheduleKeyDeletion, DisableKey]` (the default), or add a Deny of those actions with `"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}`',
  practice: {
    title: "ScheduleKeyDeletion and DisableKey denied without MFA (SPEC section 1)",
    url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-multifactorauthpresent"
  },
  check: (target) => {
    let { document } = target, account = keyAccountOf(target), principals = listPolicyPrincipals(document), probes = /* @__PURE__ */ new Map(), addProbe = (principal, delegation) => {
      probes.set(principal.toLowerCase(), { principal, delegation });
    };
    for (let principal of principals) {
      if (principal.type !== "AWS") continue;
      let { parsed } = principal, named = parsed.kind === "role" || parsed.kind === "user" || parsed.kind === "assumed-role";
      principal.effect === "Deny" && principal.negated && named && addProbe(principal.value, !0), !(principal.effect !== "Allow" || principal.negated) && (named ? addProbe(principal.value, !1) : parsed.kind === "account" && addProbe(`arn:${parsed.partition}:iam::${parsed.account}:role/kms-action-probe`, !0));
    }
    account !== void 0 && addProbe(`arn:${target.partition}:iam::${account}:role/kms-action-probe`, !0);
    let unguarded = /* @__PURE__ */ new Set(), who = /* @__PURE__ */ new Set();
    for (let action of MFA_GUARDED_ACTIONS)
      for (let probe of probes.values())
        for (let mfa of ["absent", "false"])
          findPermission(document, {
            key: target.key,
            principal: probe.principal,
            action,
            perspective: { kind: "insider" },
            mfa,
            delegation: probe.delegation
          }) !== void 0 && (unguarded.add(action), who.add(
            probe.principal.endsWith(":role/kms-action-probe") ? `IAM principals of account ${probe.principal.split(":")[4] ?? ""}` : probe.principal
          ));
    if (unguarded.size === 0) return [];
    let guard = document.Statement.findIndex(
      (statement) => statement.Effect === "Deny" && toList(statement.Action).some(
        (action) => /ScheduleKeyDeletion|DisableKey|\*/i.test(action)
      )
    );
    return [
      {
        message: `${[...unguarded].join(" and ")} ${unguarded.size === 1 ? "succeeds" : "succeed"} without MFA for ${[...who].join(", ")}`,
        path: guard >= 0 ? ["Statement", guard] : ["Statement"],
        intentPath: ["require_mfa_for"]
      }
    ];
  }
};

// core/lint/rules/no-root-backstop.ts
var PUT_KEY_POLICY = "kms:PutKeyPolicy", noRootBackstop = {
  kind: "policy",
  id: "no-root-backstop",
  defaultSeverity: "error",
  summary: "Neither the account root nor any administrator can change the key policy.",
  rationale: "When no principal keeps `kms:PutKeyPolicy`, the key becomes unmanageable: nobody can fix its policy, and only AWS Support can help. The AWS default key policy allows the account root `kms:*`, which lets IAM policies of the account grant access and keeps a break-glass path; a named administrator role that keeps PutKeyPolicy also prevents the lockout.",
  help: "allow the account root (`arn:aws:iam::<account>:root`) `kms:*`, as the generated policy does, or keep `kms:PutKeyPolicy` for an administrator role",
  practice: {
    title: "The account root stays as break-glass backstop (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html#key-policy-default-allow-root-enable-iam"
  },
  check: (target) => {
    let { document } = target, account = keyAccountOf(target), principals = listPolicyPrincipals(document);
    if (account !== void 0) {
      let root = `arn:${target.partition}:iam::${account}:root`;
      if (findPermission(document, {
        key: target.key,
        principal: root,
        action: PUT_KEY_POLICY,
        perspective: { kind: "insider" },
        stance: "lockout",
        delegation: !0
      }) !== void 0) return [];
    }
    let probeOfWildcard = `arn:${target.partition}:iam::${account ?? "111111111111"}:role/kms-action-probe`;
    if (principals.find((principal) => {
      if (principal.type !== "AWS") return !1;
      let { kind } = principal.parsed, named = ["role", "user", "assumed-role"].includes(kind), exempted = principal.effect === "Deny" && principal.negated && named;
      if (principal.effect !== "Allow" && !exempted) return !1;
      let wildcard = principal.effect === "Allow" && (principal.negated || kind === "anyone");
      if (!wildcard && !named) return !1;
      let caller = roleSessionProbe(wildcard ? probeOfWildcard : principal.value);
      return findPermission(document, {
        key: target.key,
        ...caller,
        action: PUT_KEY_POLICY,
        perspective: { kind: "insider" },
        stance: "lockout",
        delegation: exempted
      }) !== void 0;
    }) !== void 0) return [];
    let rootStatement = principals.find(
      (principal) => principal.parsed.kind === "account" && principal.parsed.account === account
    );
    return [
      {
        message: `no principal can change this key policy: ${account === void 0 ? "the account root" : `the account root (${account})`} and every administrator lack \`kms:PutKeyPolicy\``,
        path: rootStatement?.path ?? ["Statement"],
        intentPath: []
      }
    ];
  }
};

// core/lint/rules/policy-lockout-bypass.ts
var policyLockoutBypass = {
  kind: "manifest",
  id: "policy-lockout-bypass",
  defaultSeverity: "error",
  summary: "The key skips the AWS key policy lockout safety check.",
  rationale: "`bypass_policy_lockout_safety_check: true` lets CreateKey and PutKeyPolicy set a policy that locks out the principal making the call. AWS recommends never setting it: a wrong policy then makes the key unmanageable until AWS Support steps in.",
  help: "remove `bypass_policy_lockout_safety_check`; if a policy is refused, fix the policy so the applying role keeps `kms:PutKeyPolicy`",
  practice: {
    title: "The account root stays as break-glass backstop (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html#KMS-PutKeyPolicy-request-BypassPolicyLockoutSafetyCheck"
  },
  check: (desired) => desired.keys.filter((key) => key.bypassPolicyLockoutSafetyCheck).map((key) => ({
    key: key.name,
    path: ["keys", key.name, "bypass_policy_lockout_safety_check"],
    message: `key \`${key.name}\` bypasses the policy lockout safety check`
  }))
};

// core/lint/policy/choose-outsider.ts
function chooseOutsider(document, partition) {
  let text = JSON.stringify(document), account = "999999999999";
  for (let digit = 8; text.includes(account) && digit >= 0; digit -= 1)
    account = String(digit).repeat(12);
  return {
    account,
    organization: "o-kmsactionoutsider",
    principal: `arn:${partition}:iam::${account}:role/kms-action-outsider`
  };
}

// core/lint/rules/public-principal.ts
var publicPrincipal = {
  kind: "policy",
  id: "public-principal",
  defaultSeverity: "error",
  summary: "The key policy lets any AWS principal, in any account, use or manage the key.",
  rationale: "A wildcard principal in an Allow statement opens the key to every AWS account unless a condition ties the caller to your account or organization. Conditions the caller controls (an encryption context, `kms:ViaService`, MFA) do not: anyone can call S3 with their own bucket or send any encryption context.",
  help: "name the principals (role ARNs), or restrict the wildcard with `aws:PrincipalOrgID`, `aws:PrincipalAccount` or `kms:CallerAccount`",
  practice: {
    title: "Cross-account access only to named principals (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html#key-policy-principal"
  },
  check: (target) => {
    let { document } = target, outsider = chooseOutsider(document, target.partition), wildcards = listPolicyPrincipals(document).filter(
      (principal) => principal.effect === "Allow" && (principal.negated || principal.type === "AWS" && principal.value === "*")
    ), seen = /* @__PURE__ */ new Set(), issues = [];
    for (let wildcard of wildcards) {
      if (seen.has(wildcard.statement)) continue;
      seen.add(wildcard.statement);
      let statement = document.Statement[wildcard.statement];
      if (statement === void 0) continue;
      let label = statementLabel(document, wildcard.statement), open = expandStatementActions(statement).filter(
        (action) => findPermission(document, {
          key: target.key,
          principal: outsider.principal,
          action,
          perspective: { kind: "outsider", ...outsider }
        })?.decision.statements.includes(label)
      );
      if (open.length === 0) continue;
      let who = wildcard.negated ? "every principal not listed in its NotPrincipal" : "any AWS principal";
      issues.push({
        message: `statement \`${label}\` lets ${who}, from any account, call ${summarizeActions(open)}`,
        path: wildcard.path
      });
    }
    return [...issues, ...target.excluded.flatMap(undecidedWildcard)];
  }
};
function undecidedWildcard({ statement, label, path }) {
  if (typeof statement != "object" || statement === null) return [];
  let {
    Effect: effect,
    Principal: principal,
    NotPrincipal: notPrincipal
  } = statement;
  if (typeof effect == "string" && effect.toLowerCase() === "deny") return [];
  let where;
  if (notPrincipal !== void 0) where = ["NotPrincipal"];
  else if (principal === "*") where = ["Principal"];
  else if (typeof principal == "object" && principal !== null) {
    let aws = principal.AWS;
    aws === "*" ? where = ["Principal", "AWS"] : Array.isArray(aws) && aws.includes("*") && (where = ["Principal", "AWS", aws.indexOf("*")]);
  }
  if (where === void 0) return [];
  let who = where[0] === "NotPrincipal" ? "every principal not listed in its NotPrincipal" : "any AWS principal";
  return [
    {
      message: `statement \`${label}\` is invalid, so its actions and conditions were not read: as written it lets ${who} in, from any account`,
      help: "fix the statement (see invalid-policy); this rule then decides whether a condition such as `aws:PrincipalOrgID` keeps other accounts out",
      path: [],
      writtenPath: [...path, ...where]
    }
  ];
}

// core/lint/rules/required-tags.ts
var COMPLIANCE_TAG = "Compliance", requiredTags = {
  kind: "manifest",
  id: "required-tags",
  defaultSeverity: "warning",
  summary: "A key has no tags of its own, or lacks the `Compliance` tag of its compliance domain.",
  rationale: "Tags are how a key is found, billed and audited outside this repository: Cost Explorer, AWS Config, Security Hub and attribute-based access control (`aws:ResourceTag/...`) only see tags. A key of a compliance domain must say so in a `Compliance` tag, so auditors and tag-based policies can scope it.",
  help: "add tags under `defaults.tags` (e.g. `CostCenter`) or the key's `tags`; for a key with `compliance: <domain>`, add `Compliance: <domain>`",
  practice: {
    title: "One key per service x environment x compliance domain (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html"
  },
  check: (desired) => desired.keys.flatMap((key) => {
    let own = Object.entries(key.tags).filter(
      ([name]) => name !== OWNERSHIP_TAG_MANIFEST && name !== OWNERSHIP_TAG_KEY
    ), issues = [];
    if (own.length === 0 && issues.push({
      key: key.name,
      path: ["keys", key.name],
      message: `key \`${key.name}\` has no tags besides the ones kms-action adds`
    }), key.compliance !== void 0) {
      let domain = key.compliance, tag = own.find(([name]) => name.toLowerCase() === COMPLIANCE_TAG.toLowerCase());
      tag?.[1].toLowerCase() !== domain.toLowerCase() && issues.push({
        key: key.name,
        path: firstExistingPath(desired, [
          ["keys", key.name, "tags", tag?.[0] ?? COMPLIANCE_TAG],
          ["keys", key.name, "compliance"]
        ]),
        message: tag === void 0 ? `key \`${key.name}\` of compliance domain \`${domain}\` has no \`${COMPLIANCE_TAG}\` tag` : `key \`${key.name}\` of compliance domain \`${domain}\` is tagged \`${tag[0]}: ${tag[1]}\``,
        help: `add the tag \`${COMPLIANCE_TAG}: ${domain}\` to the key`
      });
      for (let replica of key.replicas) {
        let wrong = Object.entries(replica.tags).filter(
          ([name]) => name.toLowerCase() === COMPLIANCE_TAG.toLowerCase()
        ).find(([, value]) => value.toLowerCase() !== domain.toLowerCase());
        wrong === void 0 || tag?.[1].toLowerCase() !== domain.toLowerCase() || issues.push({
          key: key.name,
          path: firstExistingPath(desired, [
            [...replica.path, "tags", wrong[0]],
            [...replica.path, "tags"]
          ]),
          message: `the ${replica.region} replica of key \`${key.name}\` of compliance domain \`${domain}\` is tagged \`${wrong[0]}: ${wrong[1]}\``,
          help: `remove \`${wrong[0]}\` from the replica's \`tags\` (it takes the key's), or set it to \`${domain}\``
        });
      }
    }
    return issues;
  })
};

// core/lint/rules/rotation-disabled.ts
var rotationDisabled = {
  kind: "manifest",
  id: "rotation-disabled",
  defaultSeverity: "warning",
  summary: "Automatic rotation is off for a symmetric encryption key.",
  rationale: "Automatic rotation creates new key material on a schedule while the key id, ARN, aliases and policy stay the same, and old ciphertext still decrypts: it limits how much data one key material protects at no cost to applications. Only symmetric encryption keys support it.",
  help: "set `rotation: { enabled: true }` (the default) on the key or in `defaults:`",
  practice: {
    title: "Rotation on (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html"
  },
  check: (desired) => desired.keys.filter((key) => canRotateAutomatically(key) && !key.rotation.enabled).map((key) => ({
    key: key.name,
    path: keyOrDefaultsPath(desired, key.name, ["rotation", "enabled"]),
    message: `automatic rotation is disabled for key \`${key.name}\``
  }))
};

// core/lint/rules/rotation-period.ts
var MAX_ROTATION_PERIOD_DAYS = 365, MAX_DATABASE_ROTATION_PERIOD_DAYS = 180, DATABASE_SERVICES = /* @__PURE__ */ new Set([
  "aurora",
  "docdb",
  "documentdb",
  "dynamodb",
  "elasticache",
  "keyspaces",
  "memorydb",
  "neptune",
  "rds",
  "redshift",
  "timestream"
]), rotationPeriod = {
  kind: "manifest",
  id: "rotation-period",
  defaultSeverity: "warning",
  summary: `Rotation is less frequent than every ${MAX_ROTATION_PERIOD_DAYS} days (${MAX_DATABASE_ROTATION_PERIOD_DAYS} for databases).`,
  rationale: `KMS accepts rotation periods of 90 to 2560 days. Beyond a year, much more data depends on one key material; keys of databases, which hold long-lived sensitive records, should rotate at least every ${MAX_DATABASE_ROTATION_PERIOD_DAYS} days. Rotation keeps the key id and old ciphertext working, so a shorter period costs nothing to applications.`,
  help: `set \`rotation: { period_in_days: ${MAX_ROTATION_PERIOD_DAYS} }\` or less (${MAX_DATABASE_ROTATION_PERIOD_DAYS} or less for database keys)`,
  practice: {
    title: "Rotation 90..2560 days, tighter for databases (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html#rotation-period"
  },
  check: (desired) => desired.keys.flatMap((key) => {
    if (!canRotateAutomatically(key) || !key.rotation.enabled) return [];
    let database = DATABASE_SERVICES.has((key.service ?? "").toLowerCase()), limit = database ? MAX_DATABASE_ROTATION_PERIOD_DAYS : MAX_ROTATION_PERIOD_DAYS;
    return key.rotation.periodInDays <= limit ? [] : [
      {
        key: key.name,
        path: keyOrDefaultsPath(desired, key.name, ["rotation", "period_in_days"]),
        message: `key \`${key.name}\` rotates every ${key.rotation.periodInDays} days, more than the ${limit} days ${database ? `recommended for a database key (service \`${key.service ?? ""}\`)` : "recommended"}`,
        // The help names this key's limit: the general one may be what it already has.
        help: `set \`rotation: { period_in_days: ${limit} }\` or less${database ? " (a database key)" : ""}`
      }
    ];
  })
};

// core/lint/rules/shared-key.ts
var sharedKey = {
  kind: "manifest",
  id: "shared-key",
  defaultSeverity: "warning",
  summary: "A key is shared by several services, or does not declare its service and environment.",
  rationale: "One key per service, environment and compliance domain keeps the blast radius small: disabling, rotating or losing one key affects one service in one environment, and its policy lists only that service's roles. A key used through S3 and RDS at once, or one whose purpose is not declared, tends to collect principals over time.",
  help: "declare `service:` and `environment:` on the key, and give each service its own key (one `via_service` entry per key)",
  practice: {
    title: "One key per service x environment x compliance domain (SPEC section 1)",
    url: "https://docs.aws.amazon.com/prescriptive-guidance/latest/aws-kms-best-practices/data-protection-key-management.html"
  },
  check: (desired) => desired.keys.flatMap((key) => {
    let missing = [
      ...key.service === void 0 ? ["service"] : [],
      ...key.environment === void 0 ? ["environment"] : []
    ];
    if (missing.length > 0)
      return [
        {
          key: key.name,
          path: ["keys", key.name],
          message: `key \`${key.name}\` does not declare its ${missing.join(" and ")}`
        }
      ];
    let services = key.policy?.kind === "intent" ? new Set(key.policy.intent.viaService.map((service) => service.split(".")[0] ?? service)) : viaServicesOf(key.policy?.document);
    return services.size <= 1 ? [] : [
      {
        key: key.name,
        path: key.policy?.kind === "intent" ? ["keys", key.name, "policy", "via_service"] : ["keys", key.name, "policy", "document"],
        message: `key \`${key.name}\` (service \`${key.service ?? ""}\`) is used through ${services.size} services: ${[...services].sort().join(", ")}`
      }
    ];
  })
};
function viaServicesOf(document) {
  let services = /* @__PURE__ */ new Set();
  for (let statement of document?.Statement ?? [])
    if (statement.Effect === "Allow") {
      for (let [operatorName, entries] of Object.entries(statement.Condition ?? {}))
        if (parseConditionOperator(operatorName)?.negated === !1) {
          for (let [key, values] of Object.entries(entries))
            if (key.toLowerCase() === "kms:viaservice")
              for (let value of toList(values)) services.add(String(value).split(".")[0] ?? "");
        }
    }
  return services;
}

// core/lint/rules/unscoped-service-principal.ts
var METADATA_ACTION = /^kms:(Describe|List|GetPublicKey$)/i, unscopedServicePrincipal = {
  kind: "policy",
  id: "unscoped-service-principal",
  defaultSeverity: "warning",
  summary: "A service principal may use the key on behalf of any account (confused deputy).",
  rationale: "A service principal acts for every AWS customer. Without a condition on the source account or resource, another account can point its own CloudTrail trail, log group or SNS topic at your key and have the service use it on their behalf.",
  help: 'add `"StringEquals": {"aws:SourceAccount": "<account>"}` or `"ArnLike": {"aws:SourceArn": "arn:aws:<service>:<region>:<account>:..."}` to the statement',
  practice: {
    title: "Cross-service confused deputy prevention",
    url: "https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html#cross-service-confused-deputy-prevention"
  },
  check: (target) => {
    let { document } = target, outsider = chooseOutsider(document, target.partition), issues = [];
    for (let principal of listPolicyPrincipals(document)) {
      if (principal.effect !== "Allow" || principal.negated || principal.type !== "Service")
        continue;
      let statement = document.Statement[principal.statement];
      if (statement === void 0) continue;
      let service = principal.value.split(".")[0] ?? "service", label = statementLabel(document, principal.statement), open = expandStatementActions(statement).filter(
        (action) => !METADATA_ACTION.test(action) && findPermission(document, {
          key: target.key,
          principal: principal.value,
          action,
          perspective: { kind: "outsider", ...outsider },
          keys: {
            "aws:SourceAccount": outsider.account,
            "aws:SourceArn": `arn:${target.partition}:${service}:us-east-1:${outsider.account}:outsider`,
            "aws:SourceOrgID": outsider.organization
          }
        })?.decision.statements.includes(label) === !0
      );
      open.length !== 0 && issues.push({
        message: `\`${principal.value}\` may call ${summarizeActions(open)} for resources of any account`,
        path: principal.path
      });
    }
    return issues;
  }
};

// core/lint/rules/wildcard-action.ts
var FULL_WILDCARDS = /* @__PURE__ */ new Set(["*", "kms:*"]), wildcardAction = {
  kind: "policy",
  id: "wildcard-action",
  defaultSeverity: "warning",
  summary: "An Allow grants every KMS action (`kms:*`, `*` or NotAction) to a principal.",
  rationale: "Least privilege: `kms:*` gives a role the power to decrypt, re-key, rewrite the policy and schedule deletion, including actions AWS adds later. Administrators need management actions, users need cryptographic ones; neither needs all of them.",
  help: "list the actions the principal needs (administrators: `kms:CreateAlias`, `kms:PutKeyPolicy`, `kms:ScheduleKeyDeletion`...; users: `kms:Decrypt`, `kms:Encrypt`, `kms:GenerateDataKey*`)",
  practice: {
    title: "Least privilege in key policies",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/least-privilege.html"
  },
  check: (target) => {
    let { document } = target, account = keyAccountOf(target), principals = listPolicyPrincipals(document), issues = [];
    return document.Statement.forEach((statement, index) => {
      if (statement.Effect !== "Allow") return;
      let path, what;
      if (statement.NotAction !== void 0)
        path = ["Statement", index, "NotAction"], what = "every action but those in NotAction";
      else {
        let actions = typeof statement.Action == "string" ? [statement.Action] : statement.Action ?? [], position = actions.findIndex((action) => FULL_WILDCARDS.has(action.toLowerCase()));
        if (position < 0) return;
        path = typeof statement.Action == "string" ? ["Statement", index, "Action"] : ["Statement", index, "Action", position], what = `\`${actions[position] ?? "*"}\``;
      }
      let grantees = principals.filter((principal) => principal.statement === index);
      if (grantees.length > 0 && grantees.every(
        (principal) => !principal.negated && principal.parsed.kind === "account" && account !== void 0 && principal.parsed.account === account
      )) return;
      let names = grantees.map((principal) => principal.value).join(", ") || "its principals";
      issues.push({
        message: `statement \`${statementLabel(document, index)}\` allows ${what} to ${names}`,
        path
      });
    }), issues;
  }
};

// core/lint/rules/index.ts
var LINT_RULES = [
  publicPrincipal,
  noRootBackstop,
  adminUserOverlap,
  wildcardAction,
  missingMfaGuard,
  crossAccountAccess,
  missingEncryptionContext,
  unscopedServicePrincipal,
  invalidPolicy,
  awsManagedKey,
  sharedKey,
  rotationDisabled,
  rotationPeriod,
  deletionWindow,
  requiredTags,
  aliasNaming,
  aliasEnvironmentMismatch,
  complianceIsolation,
  policyLockoutBypass
];

// core/lint/types.ts
var LINT_CONFIG_CHANGE_RULE = "lint-config-change", LINT_INCOMPLETE_RULE = "lint-incomplete", RULES_DOC_URL = "https://github.com/kms-action/kms-action/blob/main/docs/rules.md";
function ruleHelpUri(id) {
  return `${RULES_DOC_URL}#${id}`;
}

// core/lint/lint-incomplete.ts
var lintIncomplete = {
  id: LINT_INCOMPLETE_RULE,
  defaultSeverity: "error",
  summary: "Lint stopped at its evaluation budget: the keys after the one named were not checked.",
  rationale: "Every string of a manifest may come from a hostile pull request, and a manifest can be built so that each key's policy needs its own evaluation (a Sid or a condition key of its own per key): unbounded, 1 MiB of such keys took 10 s of CPU and stalled the app for every installation. Lint therefore counts its work and stops at a fixed budget. What it did not check must never pass as checked, so this finding is always an error, which no lint setting or suppression turns off.",
  help: "split the manifest into several (each with at most a few hundred distinct key policies), or write keys of the same kind with one policy intent so that they share one evaluation",
  practice: {
    title: "One key per service and environment, in manifests a review can follow (SPEC section 1)",
    url: "https://docs.aws.amazon.com/kms/latest/developerguide/kms-best-practices.html"
  }
};
function incompleteFinding(desired, key, done) {
  let total = desired.keys.length, position = key === void 0 ? desired.locate(["keys"]) : key.location, where = key === void 0 ? "before its key policies" : `at this key (${String(done)} of ${String(total)} keys checked before it; the keys after it were not checked)`;
  return {
    rule: LINT_INCOMPLETE_RULE,
    severity: "error",
    message: `lint stopped ${where}: checking this manifest's key policies takes more than ${withThousands(MAX_LINT_STEPS)} evaluation steps, the budget of one run: this manifest has too many distinct key policies (keys whose policies differ only in their own roles, users and encryption context values count once, when those names occur nowhere else in the policy), policies naming hundreds of principals, or tens of thousands of findings (each counts, also of a rule turned off)`,
    file: desired.file,
    line: position.line,
    column: position.column,
    ...key === void 0 ? {} : { key: key.name },
    help: lintIncomplete.help
  };
}

// core/lint/lint-config-of.ts
function lintConfigOf(desired) {
  return {
    rules: { ...desired.lint.rules },
    environments: Object.fromEntries(
      Object.entries(desired.lint.environments).map(([environment, rules]) => [
        environment,
        { ...rules }
      ])
    ),
    suppressions: Object.fromEntries(
      desired.keys.filter((key) => key.lintIgnore.length > 0).map((key) => [key.name, key.lintIgnore.map((entry) => ({ ...entry }))])
    )
  };
}

// core/lint/resolve-severity.ts
var PRODUCTION_PROFILE = {
  "deletion-window": "error",
  "missing-mfa-guard": "error",
  "rotation-disabled": "error"
};
function isProductionEnvironment(environment) {
  return environment !== void 0 && /^(production|prod|prd)$/i.test(environment);
}
var ORDER = ["off", "notice", "warning", "error"];
function stricterSeverity(a, b) {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
function compareSeverity(a, b) {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}
function resolveSeverity(rule, environment, config) {
  let severity = config.rules[rule.id] ?? rule.defaultSeverity, profile = PRODUCTION_PROFILE[rule.id];
  return isProductionEnvironment(environment) && profile !== void 0 && severity !== "off" && (severity = stricterSeverity(severity, profile)), (environment === void 0 ? void 0 : config.environments[environment]?.[rule.id]) ?? severity;
}
function capSeverity(severity, cap) {
  return cap === void 0 || severity === "off" ? severity : compareSeverity(severity, cap) > 0 ? cap : severity;
}

// core/lint/run-policy-rules.ts
function runPolicyRules(raw, placement, rules) {
  let parsed = typeof raw == "string" ? parseKeyPolicy(raw) : parsePolicyOnce(raw), understood = parsed.ok ? { document: parsed.policy, indexes: [], excluded: [] } : parsed.understood;
  chargeLintWork(POLICY_STEPS + STATEMENT_STEPS * (understood?.document.Statement.length ?? 0));
  let results = [];
  for (let rule of rules) {
    if (rule.kind !== "policy") continue;
    let reasons = rule.readsRawDocument !== !0;
    if (reasons && understood === void 0) continue;
    let issues = rule.check({
      document: understood?.document ?? raw,
      raw,
      problems: parsed.problems,
      excluded: understood?.excluded ?? [],
      partition: placement.partition ?? "aws",
      key: placement.key ?? {
        partition: placement.partition ?? "aws",
        ...placement.account === void 0 ? {} : { account: placement.account }
      },
      generated: placement.generated ?? !1,
      ...placement.account === void 0 ? {} : { account: placement.account },
      ...placement.keySpec === void 0 ? {} : { keySpec: placement.keySpec },
      ...placement.keyUsage === void 0 ? {} : { keyUsage: placement.keyUsage }
    });
    for (let found of issues) {
      let issue = reasons && understood !== void 0 ? asWritten(found, understood) : found, index = issue.path[0] === "Statement" ? issue.path[1] : void 0, sid = parsed.ok && typeof index == "number" ? parsed.policy.Statement[index]?.Sid : void 0;
      results.push({ rule, issue, ...sid === void 0 ? {} : { sid } });
    }
  }
  return forgetParsedPolicy(raw), results;
}
var POLICY_STEPS = 250, STATEMENT_STEPS = 25, MAX_NAMED = 3;
function asWritten(issue, understood) {
  let { writtenPath, ...rest } = issue;
  if (writtenPath !== void 0) return { ...rest, path: writtenPath };
  if (understood.excluded.length === 0) return issue;
  let { excluded } = understood, named = excluded.slice(0, MAX_NAMED).map((statement) => `\`${statement.label}\``), more = excluded.length - named.length, labels = `${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`, plural = excluded.length === 1 ? "" : "s";
  return {
    ...rest,
    path: writtenPathOf(issue.path, understood.indexes),
    message: `${issue.message} (read without the invalid statement${plural} ${labels}, which invalid-policy reports)`
  };
}
function writtenPathOf(path, indexes) {
  let index = path[1];
  return path[0] !== "Statement" || typeof index != "number" ? path : ["Statement", indexes[index] ?? index, ...path.slice(2)];
}

export {
  firstExistingPath,
  keyOrDefaultsPath,
  lintConfigOf,
  stricterSeverity,
  compareSeverity,
  resolveSeverity,
  capSeverity,
  abstractPolicyPrincipals,
  invalidPolicy,
  LINT_RULES,
  LINT_CONFIG_CHANGE_RULE,
  LINT_INCOMPLETE_RULE,
  ruleHelpUri,
  runPolicyRules,
  lintIncomplete,
  incompleteFinding
};
