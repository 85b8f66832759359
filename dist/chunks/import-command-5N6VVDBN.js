import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  AWS_OPTIONS,
  AWS_OPTIONS_HELP,
  renderStats,
  reportProgress
} from "./chunk-POR23H5F.js";
import "./chunk-ODLHYEZR.js";
import {
  assumeRolePerAccount
} from "./chunk-JV3DINU2.js";
import "./chunk-AYFF7TSP.js";
import {
  checkCallerIdentity,
  createApiCallStats,
  createAwsClients,
  limitConcurrency,
  listAliasPages,
  listGrantPages,
  liveKeyBasics,
  nextToken,
  ownershipOf,
  parseKeyPolicyText,
  readKeyPolicyText,
  readKeyRotation,
  readReplicas,
  scheduleAwsCalls
} from "./chunk-GNUHT7F6.js";
import {
  require_dist_cjs
} from "./chunk-BIT5ZYAF.js";
import {
  MAX_COMPARED_GRANTS,
  countPolicyGrants,
  diffAccess,
  expandPolicyActions,
  isOwnAwsGrant,
  keepGranteeOf,
  normalizeKeyPolicy,
  policiesEquivalent,
  splitKeyPolicyStatement
} from "./chunk-7J6WFNQB.js";
import {
  countNoun
} from "./chunk-IEWPRWQS.js";
import {
  require_dist_cjs as require_dist_cjs2
} from "./chunk-KV4KW7Z2.js";
import {
  awsErrorName,
  toAwsAccessError
} from "./chunk-VWFXGFL7.js";
import "./chunk-RNEI2JW4.js";
import "./chunk-2ZK27IC7.js";
import "./chunk-C3TMTZPU.js";
import "./chunk-NVRQHMDY.js";
import {
  runLint
} from "./chunk-P6QZPTO3.js";
import {
  KEY_USER_GRANT_ACTIONS,
  SERVICE_NAMES,
  dnsSuffixOf,
  generateKeyPolicy,
  generateServiceStatements,
  keyAdminActions,
  readManifest
} from "./chunk-EFAHECC7.js";
import "./chunk-G5JIHOCA.js";
import "./chunk-TJWVZCXE.js";
import {
  AccessMatrixTooLargeError
} from "./chunk-BDFDA2XX.js";
import "./chunk-SBUXJA52.js";
import {
  repositoryOf
} from "./chunk-U5RTCZMQ.js";
import "./chunk-JD6MCHYC.js";
import "./chunk-JQODEOEG.js";
import "./chunk-LRLGX7QA.js";
import {
  parseKeyPolicy,
  require_dist
} from "./chunk-SRQPVIDI.js";
import "./chunk-II7W7C4Z.js";
import {
  toList
} from "./chunk-5PJNXYGC.js";
import {
  KMS_ACTIONS,
  canRotateAutomatically,
  findDuplicateJsonKeys,
  keyUsageActions,
  matchWildcard,
  parsePrincipal,
  partitionOf,
  userActionChoices
} from "./chunk-A54FERCJ.js";
import {
  DEFAULT_KEY_SPEC,
  DEFAULT_KEY_USAGE,
  DEFAULT_REQUIRE_MFA_FOR
} from "./chunk-A7NF7W6Z.js";
import {
  createWorkMeter
} from "./chunk-JV3QVPE7.js";
import {
  INVISIBLE_BUT_LF,
  hasInvisible,
  revealInvisible
} from "./chunk-4OQQTHGJ.js";
import {
  AwsAccessError,
  UsageError
} from "./chunk-OXRK6FS4.js";
import {
  __toESM
} from "./chunk-BTB2OLG5.js";

// cli/import-command.ts
import { parseArgs } from "node:util";

// adapters/aws/list-account-keys.ts
var import_client_kms = __toESM(require_dist_cjs2(), 1), import_client_sts = __toESM(require_dist_cjs(), 1);
var DEFAULT_LIST_CONCURRENCY = 10, KEY_ARN = /^arn:([a-z-]+):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]+)$/, AWS_ALIAS = /^alias\/aws\//;
async function listAccountKeys(options) {
  let { clients, account, region } = options, kms = clients.kms(account, region), limit = limitConcurrency(options.concurrency ?? DEFAULT_LIST_CONCURRENCY), send = async (operation, target, task) => {
    try {
      return await limit.run(task);
    } catch (error) {
      let call = {
        operation,
        service: "kms",
        account,
        region,
        endpoint: clients.endpointOf("kms", region),
        ...target === void 0 ? {} : { target }
      };
      throw toAwsAccessError(error, call);
    }
  };
  try {
    let [listed, aliases] = await Promise.all([listKeys(kms, send), listAliasPages(kms, send)]), partition = "aws";
    for (let key of listed) {
      let match = KEY_ARN.exec(key.arn);
      if (match?.[3] !== void 0 && match[3] !== account)
        throw new AwsAccessError(
          `ListKeys in region ${region} returned key ${key.arn} of account ${match[3]}, but account ${account} is being imported: the credentials belong to another account. Assume a role in ${account} (--role-to-assume).`
        );
      partition = match?.[1] ?? partition;
    }
    let awsAliasesById = /* @__PURE__ */ new Map();
    for (let alias of aliases)
      alias.targetKeyId === void 0 || !AWS_ALIAS.test(alias.name) || awsAliasesById.set(alias.targetKeyId, [
        ...awsAliasesById.get(alias.targetKeyId) ?? [],
        alias.name
      ]);
    let awsManaged = [], keys = [], progress = { account, region, read: 0, total: listed.length };
    options.onProgress?.({ ...progress });
    let readListedKey = async (id, arn) => {
      let awsAliases = awsAliasesById.get(id);
      if (awsAliases !== void 0 && options.includeAwsManaged !== !0) {
        awsManaged.push({ id, arn, aliases: awsAliases });
        return;
      }
      let metadata = await describeKey(kms, id, arn, send);
      if (metadata === void 0) return;
      if (metadata.KeyManager === "AWS") {
        awsManaged.push({
          id,
          arn,
          aliases: awsAliases ?? [],
          ...metadata.Description === void 0 ? {} : { description: metadata.Description }
        });
        return;
      }
      let key = await readCustomerKey(kms, metadata, { id, arn, account, region }, aliases, send);
      keys.push(key);
    }, readListed = async (id, arn) => {
      await readListedKey(id, arn), progress.read += 1, options.onProgress?.({ ...progress });
    };
    return await Promise.all(listed.map(({ id, arn }) => readListed(id, arn))), keys.sort((a, b) => compare(a.id, b.id)), awsManaged.sort(
      (a, b) => compare(a.aliases[0] ?? "\uFFFF", b.aliases[0] ?? "\uFFFF") || compare(a.id, b.id)
    ), { account, region, partition, keys, awsManaged, aliases };
  } catch (error) {
    throw limit.cancel(error), error;
  }
}
async function listKeys(kms, send) {
  let keys = [], marker;
  do {
    let page = await send(
      "ListKeys",
      void 0,
      () => kms.send(
        new import_client_kms.ListKeysCommand({ Limit: 1e3, ...marker === void 0 ? {} : { Marker: marker } })
      )
    );
    for (let entry of page.Keys ?? [])
      entry.KeyId !== void 0 && entry.KeyArn !== void 0 && keys.push({ id: entry.KeyId, arn: entry.KeyArn });
    marker = page.Truncated === !0 ? nextToken(marker, page.NextMarker) : void 0;
  } while (marker !== void 0);
  return keys;
}
async function describeKey(kms, id, arn, send) {
  try {
    return (await send(
      "DescribeKey",
      arn,
      () => kms.send(new import_client_kms.DescribeKeyCommand({ KeyId: id }))
    )).KeyMetadata;
  } catch (error) {
    if (causeName(error) === "NotFoundException") return;
    throw error;
  }
}
async function readCustomerKey(kms, metadata, where, aliases, send) {
  let { id, arn } = where, unknownIn = async (task) => {
    try {
      return await task();
    } catch (error) {
      let name = causeName(error);
      if (name === "KMSInvalidStateException" || name === "UnsupportedOperationException" || name === "NotFoundException")
        return;
      throw error;
    }
  }, [policyText, rotation, tags, grants] = await Promise.all([
    unknownIn(() => readKeyPolicyText(kms, id, arn, send)),
    unknownIn(() => readKeyRotation(kms, id, arn, send)),
    unknownIn(() => listResourceTags(kms, id, arn, send)),
    unknownIn(() => listGrantPages(kms, id, arn, send))
  ]), keyTags = tags ?? {};
  return {
    ...liveKeyBasics(metadata, where.account, where.region),
    rotation,
    policy: policyText === void 0 ? void 0 : parseKeyPolicyText(policyText),
    policyText,
    tags: keyTags,
    aliases: aliases.filter((alias) => alias.targetKeyId === id),
    grants,
    ownership: ownershipOf(keyTags)
  };
}
async function listResourceTags(kms, id, arn, send) {
  let tags = [], marker;
  do {
    let page = await send(
      "ListResourceTags",
      arn,
      () => kms.send(
        new import_client_kms.ListResourceTagsCommand({
          KeyId: id,
          ...marker === void 0 ? {} : { Marker: marker }
        })
      )
    );
    tags.push(...page.Tags ?? []), marker = page.Truncated === !0 ? nextToken(marker, page.NextMarker) : void 0;
  } while (marker !== void 0);
  let record = {};
  for (let tag of tags) tag.TagKey !== void 0 && (record[tag.TagKey] = tag.TagValue ?? "");
  return record;
}
function causeName(error) {
  return error instanceof AwsAccessError ? awsErrorName(error.cause) : awsErrorName(error);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function callerAccountOf(region, credentials) {
  let sts = new import_client_sts.STSClient({ region, ...credentials === void 0 ? {} : { credentials } });
  try {
    let identity = await sts.send(new import_client_sts.GetCallerIdentityCommand({}));
    if (identity.Account === void 0)
      throw new AwsAccessError("sts:GetCallerIdentity returned no account");
    return identity.Account;
  } catch (error) {
    throw toAwsAccessError(error, {
      operation: "GetCallerIdentity",
      service: "sts",
      account: "of the current credentials",
      region,
      endpoint: `sts.${region}.amazonaws.com`
    });
  } finally {
    sts.destroy();
  }
}

// core/import/derive-key-names.ts
function deriveKeyNames(keys) {
  let names = /* @__PURE__ */ new Map(), taken = /* @__PURE__ */ new Set();
  for (let key of keys)
    key.logicalName === void 0 || taken.has(key.logicalName) || (names.set(key.id, key.logicalName), taken.add(key.logicalName));
  let candidates = keys.filter((key) => !names.has(key.id)).map((key) => ({ key, ...candidateName(key) })), byName = /* @__PURE__ */ new Map();
  for (let candidate of candidates)
    byName.set(candidate.name, [...byName.get(candidate.name) ?? [], candidate]);
  let pending = [];
  for (let [name, group] of [...byName].sort(([a], [b]) => a.localeCompare(b))) {
    let exact = group.filter((candidate) => candidate.exact), keeper = !taken.has(name) && (group.length === 1 || exact.length === 1) ? exact[0] ?? group[0] : void 0;
    keeper !== void 0 && (names.set(keeper.key.id, name), taken.add(name)), pending.push(...group.filter((candidate) => candidate !== keeper));
  }
  for (let candidate of pending.sort((a, b) => a.key.id.localeCompare(b.key.id))) {
    let compact = candidate.key.id.replace(/^mrk-/, "").replace(/-/g, ""), name = "";
    for (let length of [8, 12, compact.length])
      if (name = withSuffix(candidate.name, compact.slice(0, length)), !taken.has(name)) break;
    for (let counter = 2; taken.has(name); counter += 1)
      name = withSuffix(candidate.name, `${compact}-${counter}`);
    names.set(candidate.key.id, name), taken.add(name);
  }
  return names;
}
function candidateName(key) {
  let alias = [...key.aliases].sort()[0];
  if (alias !== void 0) {
    let raw = alias.replace(/^alias\//, ""), name = sanitize(raw);
    if (name !== "") return { name, exact: name === raw };
  }
  return { name: `key-${(key.id.startsWith("mrk-") ? key.id : key.id.replace(/-/g, "")).slice(0, key.id.startsWith("mrk-") ? 12 : 8)}`, exact: !1 };
}
function sanitize(text) {
  return text.replace(/[^a-zA-Z0-9_.-]+/g, "-").replace(/^[^a-zA-Z0-9]+/, "").slice(0, 128);
}
function withSuffix(name, suffix) {
  return `${name.slice(0, 128 - suffix.length - 1)}-${suffix}`;
}

// core/import/derive-principal-names.ts
var NAME_MAX = 64;
function derivePrincipalNames(arns, options) {
  let entries = [...new Set(arns)].map((arn) => ({ arn, ...describe(arn, options.accountName) }));
  entries.sort(
    (a, b) => +(b.account === options.account) - +(a.account === options.account) || a.rank - b.rank || a.arn.localeCompare(b.arn)
  );
  let names = /* @__PURE__ */ new Map(), taken = /* @__PURE__ */ new Set();
  for (let entry of entries) {
    let label = options.accountName(entry.account), name = [
      entry.base,
      `${entry.base}-${label}`,
      `${entry.base}-${entry.kind}-${label}`
    ].map(sanitize2).find((candidate) => !taken.has(candidate));
    for (let counter = 2; name === void 0; counter += 1) {
      let suffix = String(counter), next = `${sanitize2(entry.base).slice(0, NAME_MAX - suffix.length - 1)}-${suffix}`;
      taken.has(next) || (name = next);
    }
    names.set(entry.arn, name), taken.add(name);
  }
  return names;
}
function describe(arn, accountName) {
  let parsed = parsePrincipal(arn);
  switch (parsed.kind) {
    case "role":
      return { base: parsed.name, kind: "role", account: parsed.account, rank: 0 };
    case "user":
      return { base: parsed.name, kind: "user", account: parsed.account, rank: 1 };
    case "assumed-role":
      return {
        base: `${parsed.role}-${parsed.session}`,
        kind: "session",
        account: parsed.account,
        rank: 2
      };
    case "account":
      return {
        base: `${accountName(parsed.account)}-root`,
        kind: "root",
        account: parsed.account,
        rank: 3
      };
    default:
      return { base: "principal", kind: "other", account: "", rank: 4 };
  }
}
function sanitize2(text) {
  let name = text.replace(/[^a-zA-Z0-9_.-]+/g, "-").replace(/^[^a-zA-Z0-9]+/, "").slice(0, NAME_MAX).replace(/[-_.]+$/, "").replace(/\.amazonaws\.com(\.cn)?$/i, (ending) => ending.replace(/\./g, "-"));
  return name === "" ? "principal" : name;
}

// core/import/create-policy-comparer.ts
var NORMALISE_STEPS = 3;
function createPolicyComparer(partition, meter) {
  let byObject = /* @__PURE__ */ new WeakMap(), byText = /* @__PURE__ */ new Map(), indexes = /* @__PURE__ */ new WeakMap(), normalised = /* @__PURE__ */ new WeakMap(), grantsOf = (statement) => {
    let found = byObject.get(statement);
    if (found !== void 0) return found;
    meter.charge(1);
    let text = JSON.stringify(statement);
    if (found = byText.get(text), found === void 0) {
      let [expanded = statement] = expandPolicyActions({
        Version: "2012-10-17",
        Statement: [statement]
      }).Statement;
      found = {
        expanded,
        count: countPolicyGrants({ Version: "2012-10-17", Statement: [expanded] })
      }, byText.set(text, found);
    }
    return byObject.set(statement, found), found;
  }, keysOf = (grants) => {
    if (grants.keys === void 0) {
      meter.charge(grants.count);
      let split = splitKeyPolicyStatement(grants.expanded, partition);
      grants.keys = split.map((grant) => JSON.stringify(grant)), grants.regular = split.every(isRegular);
    }
    return grants.keys;
  }, countOf = (list) => list.reduce((sum, grants) => sum + grants.count, 0), indexOf = (statements, grants) => {
    let index = indexes.get(statements);
    return index === void 0 && (meter.charge(countOf(grants)), index = new Set(grants.flatMap(keysOf)), indexes.set(statements, index)), index;
  }, normalisedOf = (policy, count) => {
    let found = normalised.get(policy);
    if (found === void 0) {
      meter.charge(NORMALISE_STEPS * count);
      let statements = normalizeKeyPolicy(expandPolicyActions(policy), { partition }).Statement, texts = statements.map((statement) => JSON.stringify(statement));
      found = {
        text: JSON.stringify({ Version: policy.Version, Statement: statements }),
        sortsOneWay: texts.every(
          (text, at) => at === 0 || (texts[at - 1] ?? "").localeCompare(text) !== 0
        )
      }, normalised.set(policy, found);
    }
    return found;
  };
  return {
    covers(container, covered) {
      if (covered.length === 0) return !0;
      let inside = container.map(grantsOf), added = covered.map(grantsOf), insideCount = countOf(inside), addedCount = countOf(added);
      if (insideCount > MAX_COMPARED_GRANTS || insideCount + addedCount > MAX_COMPARED_GRANTS)
        return !1;
      let index = indexOf(container, inside), addedKeys = added.flatMap(keysOf);
      return [...inside, ...added].every((grants) => grants.regular === !0) ? (meter.charge(addedKeys.length), addedKeys.every((key) => index.has(key))) : (meter.charge(NORMALISE_STEPS * (2 * insideCount + addedCount)), policiesEquivalent(
        { Version: "2012-10-17", Statement: [...container] },
        { Version: "2012-10-17", Statement: [...container, ...covered] },
        { partition }
      ));
    },
    equivalent(a, b) {
      if (meter.charge(2), a === b || JSON.stringify(a) === JSON.stringify(b)) return !0;
      let grantsA = a.Statement.map(grantsOf), grantsB = b.Statement.map(grantsOf), countA = countOf(grantsA), countB = countOf(grantsB);
      if (countA > MAX_COMPARED_GRANTS || countB > MAX_COMPARED_GRANTS) return !1;
      let indexA = indexOf(a.Statement, grantsA), indexB = indexOf(b.Statement, grantsB);
      if ([...grantsA, ...grantsB].every((grants) => grants.regular === !0)) {
        if (meter.charge(indexA.size), indexA.size !== indexB.size || ![...indexA].every((key) => indexB.has(key)) || JSON.stringify(a.Version) !== JSON.stringify(b.Version)) return !1;
        if (normalisedOf(a, countA).sortsOneWay) return !0;
      }
      return normalisedOf(a, countA).text === normalisedOf(b, countB).text;
    }
  };
}
function isRegular(grant) {
  for (let element of [grant.principal, grant.action, grant.resource])
    if (!element.not && element.values.length === 0) return !1;
  return grant.principal.values.every(
    (entry) => entry.indexOf("\0") === entry.lastIndexOf("\0")
  );
}

// core/import/count-access-diff-steps.ts
var STEPS_PER_CELL = 10;
function countAccessDiffSteps(before, after) {
  let principals = /* @__PURE__ */ new Set();
  for (let statement of [...before.Statement, ...after.Statement])
    for (let block of [statement.Principal, statement.NotPrincipal])
      if (!(block === void 0 || block === "*"))
        for (let values of Object.values(block))
          for (let value of toList(values)) principals.add(value);
  return 2 * (principals.size + 2) * KMS_ACTIONS.length * STEPS_PER_CELL;
}

// core/import/import-work-limit-error.ts
var ImportWorkLimitError = class extends Error {
  constructor(limit) {
    super(
      `inferring its intent form would take more than ${String(limit)} grant comparisons, so it is imported as written (review the policy, and consider fewer principals, resources or statements per policy)`
    );
    this.limit = limit;
    this.name = "ImportWorkLimitError";
  }
  limit;
};

// core/import/create-import-work-meter.ts
function createImportWorkMeter(limit = 5e5) {
  return createWorkMeter(limit, () => new ImportWorkLimitError(limit));
}

// core/import/describe-access-changes.ts
function describeAccessChanges(changes) {
  let described = changes.slice(0, 3).map((change) => {
    let verb = change.change === "gains" ? "would gain" : change.change === "loses" ? "would lose" : "would get other conditions on";
    return `${change.principal} ${verb} ${change.action}`;
  }), more = changes.length - described.length;
  return `${described.join("; ")}${more > 0 ? ` (and ${more} more)` : ""}`;
}

// core/import/fit-organization.ts
var MAX_ORGANIZATIONS = 4;
function fitOrganization(statements, placement) {
  let choices = userActionChoices(keyUsageActions(placement.keySpec, placement.keyUsage)), byOrganization = /* @__PURE__ */ new Map();
  for (let statement of statements) {
    if (statement.Effect !== "Allow" || !anyone(statement)) continue;
    let member = memberOf(statement);
    if (member === void 0) continue;
    let id = JSON.stringify(member), entry = byOrganization.get(id) ?? { member, actions: /* @__PURE__ */ new Set() }, patterns = toList(statement.Action);
    for (let action of choices)
      patterns.some((pattern) => matchWildcard(pattern, action, !0)) && entry.actions.add(action);
    byOrganization.set(id, entry);
  }
  return [...byOrganization.values()].slice(0, MAX_ORGANIZATIONS).flatMap(({ member, actions }) => [
    member,
    ...actions.size > 0 && actions.size < choices.length ? [{ ...member, actions: KMS_ACTIONS.filter((action) => actions.has(action)) }] : []
  ]);
}
function anyone(statement) {
  let block = statement.Principal;
  return block === "*" ? !0 : block !== void 0 && toList(block.AWS).join() === "*";
}
function memberOf(statement) {
  for (let [operator, entries] of Object.entries(statement.Condition ?? {}))
    for (let [key, value] of Object.entries(entries)) {
      let op = operator.toLowerCase(), name = key.toLowerCase(), values = toList(value).map(String);
      if (op === "stringequals" && name === "aws:principalorgid" && values.length === 1)
        return { id: values[0] ?? "" };
      if (op === "foranyvalue:stringlike" && name === "aws:principalorgpaths" && values.every((path) => path.endsWith("/*")))
        return { paths: values.map((path) => path.slice(0, -1)).sort() };
    }
}

// core/import/fit-service-uses.ts
var SOURCE_NAMESPACE = {
  cloudtrail: "cloudtrail",
  cloudwatch: "cloudwatch",
  events: "events",
  guardduty: "guardduty",
  logs: "logs",
  "route53-dnssec": "route53",
  s3: "s3",
  sns: "sns"
}, MAX_SINGLE_SOURCES = 16, AUTOSCALING_ROLE = "/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling";
function fitServiceUses(statements, key, compare2) {
  let arns = conditionArns(statements), uses = [];
  for (let service of SERVICE_NAMES) {
    let fits = (use) => compare2.covers(statements, generateServiceStatements([use], key));
    if (service === "autoscaling") {
      for (let roleSuffix of autoscalingSuffixes(statements)) {
        let use = roleSuffix === "" ? { service, sources: [] } : { service, sources: [], roleSuffix };
        fits(use) && uses.push(use);
      }
      continue;
    }
    let namespace = SOURCE_NAMESPACE[service], own = namespace === void 0 ? [] : arns.filter((arn) => arn.split(":")[2] === namespace && !arn.includes("*"));
    if (own.length > 0 && fits({ service, sources: own })) {
      uses.push({ service, sources: [...own].sort() });
      continue;
    }
    let alone = own.length > MAX_SINGLE_SOURCES ? [] : own.filter((arn) => fits({ service, sources: [arn] }));
    alone.length > 0 ? uses.push({ service, sources: alone.sort() }) : fits({ service, sources: [] }) && uses.push({ service, sources: [] });
  }
  let generated = generateServiceStatements(uses, key), covered = /* @__PURE__ */ new Set();
  return statements.forEach((statement, index) => {
    uses.length > 0 && compare2.covers(generated, [statement]) && covered.add(index);
  }), { uses, covered };
}
function conditionArns(statements) {
  let found = /* @__PURE__ */ new Set();
  for (let statement of statements)
    for (let entries of Object.values(statement.Condition ?? {}))
      for (let value of Object.values(entries))
        for (let item of toList(value))
          typeof item == "string" && item.startsWith("arn:") && found.add(item);
  return [...found];
}
function autoscalingSuffixes(statements) {
  let suffixes = /* @__PURE__ */ new Set();
  for (let statement of statements) {
    let block = statement.Principal;
    if (!(block === void 0 || block === "*"))
      for (let principal of toList(block.AWS)) {
        let at = principal.indexOf(AUTOSCALING_ROLE);
        if (at < 0) continue;
        let rest = principal.slice(at + AUTOSCALING_ROLE.length);
        rest === "" ? suffixes.add("") : rest.startsWith("_") && suffixes.add(rest.slice(1));
      }
  }
  return [...suffixes];
}

// core/import/expand-kms-actions.ts
function expandKmsActions(patterns) {
  return new Set(
    KMS_ACTIONS.filter(
      (action) => patterns.some((pattern) => matchWildcard(pattern, action, !0))
    )
  );
}

// core/import/principal-grant.ts
function isConditionless(conditions) {
  return conditions.viaService === void 0 && conditions.encryptionContext === void 0 && conditions.grantForAwsResource === void 0;
}

// core/import/classify-principal-grants.ts
var ADMIN_MARKERS = ["kms:PutKeyPolicy", "kms:ScheduleKeyDeletion", "kms:EnableKey"];
function classifyPrincipalGrants(grants, placement, requireMfaFor) {
  let adminActions = expandKmsActions(keyAdminActions(placement)), usage = keyUsageActions(placement.keySpec, placement.keyUsage), userCrypto = expandKmsActions(usage.userActions), userActions = expandKmsActions([
    ...usage.userActions,
    ...usage.awsServices ? KEY_USER_GRANT_ACTIONS : [],
    "kms:DescribeKey"
  ]), admins = [], users = [], crossAccount = [], leftovers = [], choices = new Set(userActionChoices(usage)), userGroups = [], viaService, encryptionContext;
  for (let [principal, list] of [...grants].sort(([a], [b]) => a.localeCompare(b))) {
    let plain = union(
      list.filter((grant) => isConditionless(grant)).map((grant) => grant.actions)
    ), all = union(list.map((grant) => grant.actions)), isAdmin = ADMIN_MARKERS.some((action) => plain.has(action)), crypto = list.filter(
      (grant) => [...grant.actions].some((action) => userCrypto.has(action))
    ), cryptoActions = union(crypto.map((g) => g.actions)), isUser = [...userCrypto].every((action) => cryptoActions.has(action));
    isAdmin && admins.push(principal), isUser && users.push(principal);
    for (let grant of crypto)
      isUser && grant.viaService !== void 0 && (viaService ??= grant.viaService), grant.encryptionContext !== void 0 && (encryptionContext ??= grant.encryptionContext);
    let rest = [...all].filter(
      (action) => !(isAdmin && adminActions.has(action)) && !(isUser && userActions.has(action))
    );
    if (rest.length === 0) continue;
    if (isAdmin && rest.includes("kms:CreateGrant")) {
      leftovers.push({
        principal,
        reason: `administrator ${principal} may call kms:CreateGrant (kms:Create* includes it), so it can grant itself use of the key; generated administrators have no CreateGrant, so adopting the intent form would take it away`
      });
      continue;
    }
    let own = accountOf(principal) === placement.account;
    if (own && !isAdmin && !isUser && rest.every((action) => choices.has(action))) {
      userGroups.push({ principals: [principal], actions: rest.sort() });
      for (let grant of crypto) viaService ??= grant.viaService;
      continue;
    }
    own ? leftovers.push({
      principal,
      reason: `${principal} may call ${describeActions(rest.sort())}, beyond what key administrators and users get; cross_account is for principals of other accounts`
    }) : crossAccount.push({ principal, actions: rest.sort() });
  }
  return { intent: {
    admins,
    users,
    viaService: viaService ?? [],
    encryptionContext: encryptionContext ?? {},
    crossAccount,
    requireMfaFor: [...requireMfaFor].sort(),
    ...userGroups.length > 0 ? { userGroups } : {}
  }, leftovers };
}
function accountOf(arn) {
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
}
function describeActions(actions) {
  let shown = actions.slice(0, 4).join(", ");
  return actions.length > 4 ? `${shown} and ${String(actions.length - 4)} more` : shown;
}
function union(sets) {
  let result = /* @__PURE__ */ new Set();
  for (let set of sets) for (let value of set) result.add(value);
  return result;
}

// core/import/is-mfa-guard.ts
function isMfaGuard(statement) {
  let entries = Object.entries(statement.Condition ?? {});
  if (entries.length !== 1) return !1;
  let [operator = "", values = {}] = entries[0] ?? [], keys = Object.entries(values);
  return ["boolifexists", "bool"].includes(operator.toLowerCase()) && keys.length === 1 && keys[0]?.[0].toLowerCase() === "aws:multifactorauthpresent" && toList(keys[0][1]).join() === "false";
}

// core/import/read-allow-conditions.ts
function readAllowConditions(statement, label, region, partition, reasons) {
  let conditions = {}, suffix = dnsSuffixOf(partition), endpointTail = `.${region}.${suffix}`, serviceOf = (entry) => {
    if (!entry.endsWith(endpointTail)) return;
    let service = entry.slice(0, -endpointTail.length);
    return SERVICE_NAME.test(service) ? service : void 0;
  };
  for (let [operator, entries] of Object.entries(statement.Condition ?? {}))
    for (let [key, value] of Object.entries(entries)) {
      let op = operator.toLowerCase(), name = key.toLowerCase(), values = toList(value).map(String);
      if (op === "stringequals" && name === "kms:viaservice") {
        let services = values.map(serviceOf);
        if (services.some((service) => service === void 0)) {
          reasons.push(
            `statement ${label} allows kms:ViaService ${values.join(", ")}, not services of the key's Region ${region}`
          );
          return;
        }
        conditions.viaService = services.filter((service) => service !== void 0).sort();
      } else if (op === "stringequals" && name.startsWith("kms:encryptioncontext:") && values.length === 1)
        conditions.encryptionContext = {
          ...conditions.encryptionContext,
          [key.slice(22)]: values[0] ?? ""
        };
      else if (op === "bool" && name === "kms:grantisforawsresource" && values.join() === "true")
        conditions.grantForAwsResource = !0;
      else {
        reasons.push(
          `statement ${label} has the condition ${operator} ${key}, which the intent form has no word for`
        );
        return;
      }
    }
  return conditions;
}
var SERVICE_NAME = /^[a-z][a-z0-9-]*$/;

// core/import/is-manifest-principal.ts
var IAM_PRINCIPAL = /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)\/[\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role\/[\w+=,.@/-]+)$/;
function isManifestPrincipal(arn) {
  return IAM_PRINCIPAL.test(arn);
}

// core/import/read-statement-principals.ts
function readStatementPrincipals(statement, label, reasons) {
  let block = statement.Principal;
  if (block === void 0) {
    reasons.push(`statement ${label} names no principal`);
    return;
  }
  if (block === "*") return ["*"];
  let other = Object.keys(block).filter((type) => type !== "AWS");
  if (other.length > 0) {
    reasons.push(`statement ${label} names a ${other.join(" and ")} principal`);
    return;
  }
  let principals = [];
  for (let value of toList(block.AWS)) {
    let parsed = parsePrincipal(value);
    if (parsed.kind === "anyone") principals.push("*");
    else if (parsed.kind === "account")
      principals.push(`arn:${parsed.partition}:iam::${parsed.account}:root`);
    else if (parsed.kind === "unique-id") {
      reasons.push(
        `statement ${label} names ${value}, the unique id of a deleted ${parsed.type}: it grants nobody`
      );
      return;
    } else if (isManifestPrincipal(value)) principals.push(value);
    else {
      reasons.push(`statement ${label} names ${value}, which is not an IAM role, user or account`);
      return;
    }
  }
  return principals;
}

// core/import/infer-core-intent.ts
function inferCoreIntent(statements, placement) {
  let partition = placement.partition ?? "aws", root = `arn:${partition}:iam::${placement.account}:root`, reasons = [], rejected = /* @__PURE__ */ new Set(), requireMfaFor = /* @__PURE__ */ new Set(), grants = /* @__PURE__ */ new Map(), grantedBy = /* @__PURE__ */ new Map(), found = { backstop: !1 };
  if (statements.forEach((statement, index) => {
    let label = statement.Sid === void 0 ? `#${String(index + 1)}` : `"${statement.Sid}"`, reject = (reason) => {
      reasons.push(reason), rejected.add(index);
    };
    for (let field of ["NotPrincipal", "NotAction", "NotResource"])
      if (statement[field] !== void 0) {
        reject(`statement ${label} uses ${field}, which the intent form has no word for`);
        return;
      }
    let resources = toList(statement.Resource);
    if (resources.length !== 1 || resources[0] !== "*") {
      reject(`statement ${label} names resources other than "*"`);
      return;
    }
    let principalReasons = [], principals = readStatementPrincipals(statement, label, principalReasons);
    if (principals === void 0) {
      principalReasons.forEach(reject);
      return;
    }
    let actions = expandKmsActions(toList(statement.Action));
    if (statement.Effect === "Deny") {
      if (principals.length === 1 && principals[0] === "*" && isMfaGuard(statement))
        for (let action of actions) requireMfaFor.add(action);
      else
        reject(`Deny statement ${label} is not the MFA guard (require_mfa_for)`);
      return;
    }
    let conditionReasons = [], conditions = readAllowConditions(
      statement,
      label,
      placement.region,
      partition,
      conditionReasons
    );
    if (conditions === void 0) {
      conditionReasons.forEach(reject);
      return;
    }
    if (principals.includes("*")) {
      reject(`statement ${label} allows anyone ("*")`);
      return;
    }
    for (let principal of principals) {
      if (principal === root) {
        actions.size === KMS_ACTIONS.length && isConditionless(conditions) ? found.backstop = !0 : reject(`statement ${label} gives the account root restricted access`);
        continue;
      }
      grants.set(principal, [...grants.get(principal) ?? [], { ...conditions, actions }]), grantedBy.set(principal, [...grantedBy.get(principal) ?? [], index]);
    }
  }), !found.backstop)
    return reasons.push(
      `no statement gives the account root (${root}) kms:*; the generated policy always keeps that backstop`
    ), { reasons: unique(reasons), rejected, fatal: !0 };
  let { intent, leftovers } = classifyPrincipalGrants(grants, placement, requireMfaFor);
  for (let { principal, reason } of leftovers) {
    reasons.push(reason);
    for (let index of grantedBy.get(principal) ?? []) rejected.add(index);
  }
  return reasons.length > 0 ? { reasons: unique(reasons), rejected, fatal: !1 } : { intent, reasons: [], rejected, fatal: !1 };
}
function unique(values) {
  return [...new Set(values)];
}

// core/import/infer-policy-intent.ts
function inferPolicyIntent(policy, placement, options = {}) {
  let meter = options.meter ?? createImportWorkMeter(), compare2 = createPolicyComparer(placement.partition ?? "aws", meter);
  try {
    return inferWithin(policy, placement, compare2, meter);
  } catch (error) {
    if (!(error instanceof ImportWorkLimitError)) throw error;
    return { form: "document", reasons: [error.message] };
  }
}
function inferWithin(policy, placement, compare2, meter) {
  let partition = placement.partition ?? "aws", live = policy.Statement, services = fitServiceUses(
    live,
    { account: placement.account, region: placement.region, partition },
    compare2
  ), withServices = (intent) => services.uses.length > 0 ? { ...intent, services: services.uses } : intent, rest = live.filter((_, index) => !services.covered.has(index)), core = inferCoreIntent(rest, placement);
  if (core.intent !== void 0) {
    let intent = withServices(core.intent), generated = generateKeyPolicy(intent, placement);
    if (compare2.equivalent(policy, generated))
      return { form: "intent", intent, generated, equivalent: !0 };
    let changes;
    meter.charge(countAccessDiffSteps(policy, generated));
    try {
      changes = diffAccess(policy, generated, {
        account: placement.account,
        partition,
        key: { partition, account: placement.account, region: placement.region },
        actions: KMS_ACTIONS
      });
    } catch (error) {
      if (!(error instanceof AccessMatrixTooLargeError)) throw error;
      return { form: "document", reasons: [error.message], closest: intent };
    }
    if (changes.length === 0) return { form: "intent", intent, generated, equivalent: !1 };
    let reason = `the closest intent form would change access: ${describeAccessChanges(changes)}`, fitted2 = fitWithExtras(
      policy,
      rest,
      /* @__PURE__ */ new Set(),
      placement,
      withServices,
      [reason],
      compare2
    );
    return fitted2?.form === "intent" ? fitted2 : {
      form: "document",
      reasons: [reason, ...fitted2?.reasons ?? []],
      closest: intent
    };
  }
  if (core.fatal || core.rejected.size === 0) return { form: "document", reasons: core.reasons };
  let fitted = fitWithExtras(
    policy,
    rest,
    core.rejected,
    placement,
    withServices,
    core.reasons,
    compare2
  );
  return fitted?.form === "document" ? { ...fitted, reasons: [...core.reasons, ...fitted.reasons] } : fitted ?? { form: "document", reasons: core.reasons };
}
var MAX_FIT_ROUNDS = 4;
function fitWithExtras(policy, rest, rejected, placement, withServices, why, compare2) {
  let reasons = [...why], live = policy.Statement, left = new Set(rejected), closest, best;
  for (let round = 0; round < MAX_FIT_ROUNDS && best === void 0; round += 1) {
    let keptAt = rest.flatMap((_, index) => left.has(index) ? [] : [index]), attempt = inferCoreIntent(
      keptAt.map((index) => rest[index]),
      placement
    );
    if (attempt.intent === void 0) {
      if (attempt.fatal || attempt.rejected.size === 0) break;
      reasons.push(...attempt.reasons);
      for (let index of attempt.rejected) left.add(keptAt[index] ?? -1);
      continue;
    }
    let base = withServices(attempt.intent);
    closest = base;
    for (let organization of [void 0, ...fitOrganization(live, placement)]) {
      let candidate = organization === void 0 ? base : { ...base, organization }, generated2 = generateKeyPolicy(candidate, placement).Statement;
      if (!compare2.covers(live, generated2)) continue;
      let extras = live.filter((statement) => !compare2.covers(generated2, [statement]));
      (best === void 0 || extras.length < best.extras.length) && (best = { intent: candidate, extras });
    }
    if (best !== void 0) break;
    let excess = new Set(
      generateKeyPolicy(base, placement).Statement.filter((statement) => !compare2.covers(live, [statement])).flatMap(awsPrincipalsOf)
    ), more = rest.flatMap(
      (statement, index) => !left.has(index) && awsPrincipalsOf(statement).some((principal) => excess.has(principal)) ? [index] : []
    );
    if (more.length === 0) break;
    reasons.push(
      `the intent form would give ${[...excess].sort().join(", ")} other grants than the live statements`
    );
    for (let index of more) left.add(index);
  }
  if (best === void 0)
    return closest === void 0 ? void 0 : { form: "document", reasons: [], closest };
  if (best.extras.length > live.length - best.extras.length)
    return {
      form: "document",
      reasons: [
        `${String(best.extras.length)} of the ${String(live.length)} statements would stay as written, more than the intent form would generate`
      ],
      closest: best.intent
    };
  let intent = {
    ...best.intent,
    extraStatements: extraStatements(best.extras, generateKeyPolicy(best.intent, placement))
  }, generated = generateKeyPolicy(intent, placement);
  return compare2.equivalent(policy, generated) ? {
    form: "intent",
    intent,
    generated,
    equivalent: !0,
    extraReasons: [...new Set(reasons)]
  } : { form: "document", reasons: [], closest: best.intent };
}
function awsPrincipalsOf(statement) {
  let block = statement.Principal;
  return block === void 0 || block === "*" ? [] : toList(block.AWS);
}
function extraStatements(extras, generated) {
  let taken = new Set(generated.Statement.map((statement) => statement.Sid?.toLowerCase()));
  return extras.map((statement) => {
    if (statement.Sid === void 0 || !taken.has(statement.Sid.toLowerCase())) return statement;
    let rest = { ...statement };
    return delete rest.Sid, rest;
  });
}

// core/import/draft-key-policy.ts
function draftKeyPolicy(draft, partition, rewritePolicies) {
  let { key, notes, planNotes } = draft, repeatedName = key.policyText === void 0 ? void 0 : findDuplicateJsonKeys(key.policyText)[0];
  if (key.policy === void 0)
    notes.push(
      key.policyText === void 0 ? "the key policy could not be read: `policy:` left out, so kms-action does not manage it." : "the key policy is not a JSON object with statements: `policy:` left out, so kms-action does not manage it."
    );
  else if (repeatedName !== void 0)
    notes.push(
      `the live key policy text has \`${repeatedName.name}\` twice in one object (line ${repeatedName.first.line}, column ${repeatedName.first.column} and line ${repeatedName.line}, column ${repeatedName.column}): JSON readers differ on which one counts (RFC 8259 section 4), so its meaning is uncertain: \`policy:\` left out, so kms-action does not manage it.`
    );
  else {
    let parsed = parseKeyPolicy(key.policy);
    if (!parsed.ok || parsed.problems.some((problem) => problem.severity === "error")) {
      let problem = parsed.problems.find((entry) => entry.severity === "error");
      notes.push(
        `the live key policy is not valid for kms-action (${problem === void 0 ? "unknown problem" : `${problem.path || "/"}: ${problem.message}`}): \`policy:\` left out, so kms-action does not manage it.`
      );
    } else {
      let placement = {
        account: key.account,
        region: key.region,
        partition,
        multiRegion: key.multiRegion,
        keySpec: key.keySpec,
        keyUsage: key.keyUsage,
        origin: key.origin
      }, inferred = inferPolicyIntent(parsed.policy, placement);
      if (inferred.form === "intent" && inferred.equivalent) {
        draft.policy = { form: "intent", intent: inferred.intent };
        let extras = inferred.intent.extraStatements?.length ?? 0;
        extras > 0 && notes.push(
          `policy: ${countNoun(extras, "statement")} ${extras === 1 ? "stays" : "stay"} as written under extra_statements (the whole generated policy means the same as the live one): ${(inferred.extraReasons ?? []).join("; ")}.`
        );
      } else inferred.form === "intent" && rewritePolicies ? (draft.policy = { form: "intent-rewritten", intent: inferred.intent }, planNotes.push(
        "policy: the intent form gives every principal the same access as the live policy, but not in the same words: the first apply rewrites the key policy (update-policy with no access change)."
      )) : inferred.form === "intent" ? (draft.policy = { form: "document", document: key.policy }, draft.commentedIntent = inferred.intent, notes.push(
        "policy kept as the live document. The intent form below gives every principal the same access (every KMS action checked); switching to it makes apply rewrite the policy text into its generated form:"
      ), draft.commentedIntentAt = notes.length) : (draft.policy = { form: "document", document: key.policy }, notes.push(`policy kept as a raw document: ${inferred.reasons.join("; ")}.`), inferred.closest !== void 0 && (draft.commentedIntent = inferred.closest, notes.push("The closest intent form (it does not mean the same as the live policy):"), draft.commentedIntentAt = notes.length));
      draft.services = inferred.form === "intent" ? [...inferred.intent.viaService] : viaServicesOf(key.policy), draft.services.length > 1 && notes.push(
        `this key serves ${String(draft.services.length)} services (${draft.services.join(", ")}): consider one key per service.`
      ), inferred.form === "intent" && inferred.intent.requireMfaFor.length === 0 && notes.push(
        "no MFA guard: remove `require_mfa_for: []` to deny ScheduleKeyDeletion and DisableKey without MFA (the default; OIDC sessions never carry MFA, so plan a break-glass path)."
      ), inferred.form === "intent" && inferred.intent.admins.length === 0 && inferred.intent.users.length === 0 && inferred.intent.crossAccount.length === 0 && (inferred.intent.userGroups ?? []).length === 0 && (inferred.intent.services ?? []).length === 0 && inferred.intent.organization === void 0 && (inferred.intent.extraStatements ?? []).length === 0 && notes.push(
        "the policy only names the account root: IAM policies decide who may use the key. Name its admins and users here so the key policy decides."
      );
    }
  }
}
function viaServicesOf(document) {
  let services = /* @__PURE__ */ new Set();
  for (let statement of document.Statement)
    if (statement.Effect === "Allow") {
      for (let [operator, entries] of Object.entries(statement.Condition ?? {}))
        if (!(!operator.toLowerCase().startsWith("string") || operator.toLowerCase().includes("not"))) {
          for (let [conditionKey, values] of Object.entries(entries))
            if (conditionKey.toLowerCase() === "kms:viaservice")
              for (let value of toList(values)) services.add(String(value).split(".")[0] ?? "");
        }
    }
  return [...services].filter((service) => service !== "").sort();
}

// core/import/grant-problem.ts
var GRANT_NAME = /^[a-zA-Z0-9:/_-]{1,256}$/, GRANT_OPERATIONS = /* @__PURE__ */ new Set([
  "Decrypt",
  "Encrypt",
  "GenerateDataKey",
  "GenerateDataKeyWithoutPlaintext",
  "ReEncryptFrom",
  "ReEncryptTo",
  "Sign",
  "Verify",
  "GetPublicKey",
  "CreateGrant",
  "RetireGrant",
  "DescribeKey",
  "GenerateDataKeyPair",
  "GenerateDataKeyPairWithoutPlaintext",
  "GenerateMac",
  "VerifyMac",
  "DeriveSharedSecret"
]);
function grantProblem(grant) {
  if (grant.name === void 0) return "has no name (kms-action matches grants by name)";
  if (!GRANT_NAME.test(grant.name)) return "has a name the manifest does not accept";
  if (!isManifestPrincipal(grant.granteePrincipal))
    return "names a grantee that is not an IAM role, user or account";
  if (grant.retiringPrincipal !== void 0 && !isManifestPrincipal(grant.retiringPrincipal))
    return "names a retiring principal that is not an IAM role, user or account";
  if (grant.operations.some((operation) => !GRANT_OPERATIONS.has(operation)))
    return "has operations the manifest does not know";
}

// core/import/writable-in-manifest.ts
var TAG_NAME = /^(?![Aa][Ww][Ss]:)(?!kms-action:)[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,128}$/u, TAG_VALUE = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]{0,256}$/u, ALIAS = /^alias\/(?![Aa][Ww][Ss]\/)[a-zA-Z0-9/_-]+$/;
function isWritableTag(name, value) {
  return TAG_NAME.test(name) && TAG_VALUE.test(value);
}
function isWritableAlias(name) {
  return ALIAS.test(name);
}

// core/import/draft-key.ts
function draftKey(key, name, listing, options) {
  let notes = [], planNotes = [], draft = {
    name,
    key,
    policy: { form: "unmanaged" },
    services: [],
    notes,
    planNotes
  };
  key.state === "PendingDeletion" ? notes.push(
    `pending deletion${key.deletionDate === void 0 ? "" : `: KMS deletes it on ${key.deletionDate.slice(0, 10)}`}. Keep \`state: pending_deletion\` to let it go (then remove this entry), or set \`state: enabled\` to cancel the deletion.`
  ) : key.state === "Disabled" ? notes.push(
    "disabled: every use of it fails. Decide: keep it disabled, enable it, or schedule its deletion (`state: pending_deletion`)."
  ) : key.state !== "Enabled" && notes.push(
    `key state ${key.state}: \`state:\` left out; check the key before the first apply.`
  ), key.origin !== "AWS_KMS" && notes.push(`key material origin ${key.origin}: kms-action cannot create such a key again.`), key.multiRegionConfiguration?.type === "REPLICA" && notes.push(
    `replica of ${key.multiRegionConfiguration.primary.arn}: manage it through its primary key's \`replicas:\`, and remove this entry.`
  ), draftKeyPolicy(draft, listing.partition, options.rewritePolicies === !0);
  for (let grant of key.grants ?? []) {
    if (isOwnAwsGrant(grant, key.account)) continue;
    let why = grantProblem(grant);
    why !== void 0 && planNotes.push(
      `grant ${grant.name ?? grant.grantId} to ${grant.granteePrincipal} (${grant.operations.join(", ")}) ${why}: the plan lists it as an undeclared grant to revoke (destructive, held back without --allow-destructive).`
    );
  }
  for (let replica of listing.replicas ?? [])
    if (replica.multiRegionConfiguration?.primary.arn === key.arn)
      for (let grant of replica.grants ?? [])
        isOwnAwsGrant(grant, key.account) || planNotes.push(
          `grant ${grant.name ?? grant.grantId} on the ${replica.region} replica to ${grant.granteePrincipal} (${grant.operations.join(", ")}): a replica entry declares no grants, so the plan lists it as an undeclared grant to revoke (destructive, held back without --allow-destructive).`
        );
  for (let [tag, value] of Object.entries(key.tags))
    tag.startsWith("kms-action:") || tag.toLowerCase().startsWith("aws:") || isWritableTag(tag, value) || planNotes.push(
      `tag ${JSON.stringify(tag)} has characters the manifest does not accept: left out, so the plan removes it.`
    );
  for (let alias of key.aliases)
    isWritableAlias(alias.name) || notes.push(`alias ${alias.name} left out: not a valid alias name.`);
  return draft;
}

// core/import/replica-input-of.ts
function replicaInputOf(draft, entry, region, live) {
  if (live === void 0) return region;
  let { key } = draft, replica = { region };
  live.description !== key.description && (replica.description = live.description);
  let inherited = draft.policy.form === "intent" || draft.policy.form === "intent-rewritten" ? generateKeyPolicy(draft.policy.intent, {
    account: key.account,
    region,
    partition: partitionOf({ region }),
    multiRegion: !0,
    keySpec: key.keySpec,
    keyUsage: key.keyUsage,
    origin: key.origin
  }) : draft.policy.form === "document" ? draft.policy.document : void 0;
  inherited !== void 0 && live.policy !== void 0 && !policiesEquivalent(live.policy, inherited) && (replica.policy = { document: live.policy });
  let keyTags = entry.tags ?? {}, tags = Object.fromEntries(
    Object.entries(live.tags).filter(
      ([tag, value]) => !tag.startsWith("kms-action:") && !tag.toLowerCase().startsWith("aws:") && isWritableTag(tag, value) && keyTags[tag] !== value
    ).sort(([a], [b]) => a.localeCompare(b))
  );
  Object.keys(tags).length > 0 && (replica.tags = tags);
  let aliases = live.aliases.map((alias) => alias.name).filter(isWritableAlias).sort();
  aliases.length > 0 && (replica.aliases = aliases);
  let state = live.state === "Disabled" ? "disabled" : live.state === "PendingDeletion" ? "pending_deletion" : "enabled";
  state !== (entry.state ?? "enabled") && (replica.state = state);
  let window = live.pendingDeletionWindowInDays;
  return state === "pending_deletion" && window !== void 0 && window >= 7 && window <= 30 && window !== entry.deletion_window_in_days && (replica.deletion_window_in_days = window), Object.keys(replica).length === 1 ? region : replica;
}

// core/import/write-intent-input.ts
function writeIntentInput(intent, nameOf) {
  let short = (action) => action.replace(/^kms:/, ""), input = {};
  intent.admins.length > 0 && (input.admins = intent.admins.map(nameOf));
  let users = [
    ...intent.users.map(nameOf),
    ...(intent.userGroups ?? []).map((group) => ({
      principals: group.principals.map(nameOf),
      actions: group.actions.map(short)
    }))
  ];
  users.length > 0 && (input.users = users), intent.viaService.length > 0 && (input.via_service = [...intent.viaService]), Object.keys(intent.encryptionContext).length > 0 && (input.encryption_context = { ...intent.encryptionContext }), intent.crossAccount.length > 0 && (input.cross_account = intent.crossAccount.map((entry) => ({
    principal: nameOf(entry.principal),
    actions: entry.actions.map(short)
  })));
  let organization = intent.organization;
  organization !== void 0 && (input.organization = organization.id !== void 0 && organization.actions === void 0 ? organization.id : {
    ...organization.id === void 0 ? {} : { id: organization.id },
    ...organization.paths === void 0 ? {} : { paths: [...organization.paths] },
    ...organization.actions === void 0 ? {} : { actions: organization.actions.map(short) }
  }), intent.services !== void 0 && intent.services.length > 0 && (input.services = intent.services.map(serviceInput));
  let mfa = [...intent.requireMfaFor].sort();
  return mfa.join() !== [...DEFAULT_REQUIRE_MFA_FOR].sort().join() && (input.require_mfa_for = mfa.map(short)), intent.extraStatements !== void 0 && intent.extraStatements.length > 0 && (input.extra_statements = intent.extraStatements.map((statement) => ({ ...statement }))), input;
}
function serviceInput(use) {
  let input = { service: use.service };
  return use.roleSuffix !== void 0 && (input.role_suffix = use.roleSuffix), use.sources.length === 0 || (use.service === "logs" ? input.log_groups = use.sources.map((arn) => arn.slice(arn.indexOf(":log-group:") + 11)) : use.service === "cloudtrail" ? input.trails = [...use.sources] : input.source_arns = [...use.sources]), input;
}

// core/import/key-input-of.ts
var LABEL = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/, ENVIRONMENT_TAGS = ["environment", "env", "stage"], SERVICE_TAGS = ["service"];
function keyInputOf(draft, nameOf, liveReplicas = []) {
  let { key } = draft, input = { adopt: key.arn }, environment = tagValue(key.tags, ENVIRONMENT_TAGS), service = tagValue(key.tags, SERVICE_TAGS) ?? (draft.services.length === 1 ? draft.services[0] : void 0);
  if (environment !== void 0 && (input.environment = environment), service !== void 0 && (input.service = service), key.description !== "" && (input.description = key.description), key.keySpec !== DEFAULT_KEY_SPEC && (input.key_spec = key.keySpec), (key.keyUsage !== DEFAULT_KEY_USAGE || key.keySpec !== DEFAULT_KEY_SPEC) && (input.key_usage = key.keyUsage), key.origin === "EXTERNAL" && (input.origin = "EXTERNAL"), key.multiRegion && (input.multi_region = !0), canRotateAutomatically(key) && key.rotation !== void 0) {
    let period = key.rotation.periodInDays;
    input.rotation = key.rotation.enabled ? {
      enabled: !0,
      ...period !== void 0 && period >= 90 && period <= 2560 ? { period_in_days: period } : {}
    } : { enabled: !1 };
  }
  if (key.state === "Disabled" && (input.state = "disabled"), key.state === "PendingDeletion") {
    input.state = "pending_deletion";
    let window = key.pendingDeletionWindowInDays;
    window !== void 0 && window >= 7 && window <= 30 && (input.deletion_window_in_days = window);
  }
  let aliases = key.aliases.map((alias) => alias.name).filter(isWritableAlias).sort();
  aliases.length > 0 && (input.aliases = aliases);
  let tags = Object.fromEntries(
    Object.entries(key.tags).filter(
      ([tag, value]) => !tag.startsWith("kms-action:") && !tag.toLowerCase().startsWith("aws:") && isWritableTag(tag, value)
    ).sort(([a], [b]) => a.localeCompare(b))
  );
  Object.keys(tags).length > 0 && (input.tags = tags), draft.policy.form === "intent" || draft.policy.form === "intent-rewritten" ? input.policy = writeIntentInput(draft.policy.intent, nameOf) : draft.policy.form === "document" && (input.policy = { document: draft.policy.document });
  let grants = [], grantNames = /* @__PURE__ */ new Set();
  for (let grant of key.grants ?? [])
    isOwnAwsGrant(grant, key.account) || grantProblem(grant) !== void 0 || grant.name === void 0 || grantNames.has(grant.name) || (grantNames.add(grant.name), grants.push({
      name: grant.name,
      grantee: nameOf(grant.granteePrincipal),
      ...grant.retiringPrincipal === void 0 ? {} : { retiring_principal: nameOf(grant.retiringPrincipal) },
      operations: [...grant.operations].sort(),
      ...grant.encryptionContextSubset === void 0 ? {} : { encryption_context_subset: grant.encryptionContextSubset },
      ...grant.encryptionContextEquals === void 0 ? {} : { encryption_context_equals: grant.encryptionContextEquals }
    }));
  grants.length > 0 && (input.grants = grants);
  let keep = keepGrantsOf(key, liveReplicas);
  keep.length > 0 && (input.keep_grants = keep);
  let replicas = new Map(
    (key.multiRegionConfiguration?.type === "PRIMARY" ? key.multiRegionConfiguration.replicas : []).filter((replica) => replica.region !== key.region).map((replica) => [replica.region, replica.arn])
  );
  if (replicas.size > 0) {
    let byArn = new Map(liveReplicas.map((replica) => [replica.arn, replica]));
    input.replicas = [...replicas].sort(([a], [b]) => a.localeCompare(b)).map(([region, arn]) => replicaInputOf(draft, input, region, byArn.get(arn)));
  }
  return input;
}
function keepGrantsOf(key, liveReplicas) {
  let counts = /* @__PURE__ */ new Map(), replicas = liveReplicas.filter(
    (replica) => replica.multiRegionConfiguration?.primary.arn === key.arn && replica.arn !== key.arn
  );
  for (let grant of [key, ...replicas].flatMap((entry) => entry.grants ?? [])) {
    if (!isOwnAwsGrant(grant, key.account)) continue;
    let grantee = keepGranteeOf(grant.granteePrincipal);
    counts.set(grantee, (counts.get(grantee) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([grantee, count]) => ({
    grantee,
    reason: `imported: ${countNoun(count, "live grant")} to this AWS-operated grantee, most likely made by an AWS service for a resource this key encrypts; check that the resource is yours, then say which`
  }));
}
function tagValue(tags, names) {
  for (let [tag, value] of Object.entries(tags))
    if (names.includes(tag.toLowerCase()) && LABEL.test(value))
      return value;
}

// core/import/principals-of-draft.ts
function principalsOfDraft(draft) {
  let arns = [], intent = draft.policy.form === "intent" || draft.policy.form === "intent-rewritten" ? draft.policy.intent : draft.commentedIntent;
  if (intent !== void 0 && arns.push(
    ...intent.admins,
    ...intent.users,
    ...(intent.userGroups ?? []).flatMap((group) => group.principals),
    ...intent.crossAccount.map((entry) => entry.principal)
  ), draft.policy.form === "document")
    for (let statement of draft.policy.document.Statement)
      for (let block of [statement.Principal, statement.NotPrincipal])
        block === void 0 || block === "*" || arns.push(...toList(block.AWS));
  for (let grant of draft.key.grants ?? [])
    grantProblem(grant) !== void 0 || isOwnAwsGrant(grant, draft.key.account) || (arns.push(grant.granteePrincipal), grant.retiringPrincipal !== void 0 && arns.push(grant.retiringPrincipal));
  return arns;
}

// core/import/render-import-yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function renderImportYaml(manifest, drafts, listing, context, findings) {
  let doc = new import_yaml.Document(manifest), count = (form) => drafts.filter((draft) => draft.policy.form === form).length, withExtras = drafts.filter(
    (draft) => (draft.policy.form === "intent" || draft.policy.form === "intent-rewritten") && (draft.policy.intent.extraStatements?.length ?? 0) > 0
  ).length, withPlanNotes = drafts.filter((draft) => draft.planNotes.length > 0).length;
  doc.commentBefore = comment([
    `Imported by \`kms-action import\` from account ${listing.account} (${context.accountName}), Region ${listing.region}.`,
    `${countNoun(drafts.length, "customer managed key")}: ${String(count("intent") + count("intent-rewritten"))} with the policy in intent form${withExtras === 0 ? "" : ` (${String(withExtras)} with extra_statements)`}, ${String(count("document"))} as raw documents, ${String(count("unmanaged"))} with the policy not managed.`,
    "Review the comments above the keys: they mark what a human should decide.",
    withPlanNotes === 0 ? "`kms-action plan` on this file shows only the adoption of each key (its ownership tags)." : `\`kms-action plan\` on this file shows the adoption of each key (its ownership tags), and for ${countNoun(withPlanNotes, "key")} the changes their "plan:" comments name.`,
    "Declare `service:` and `environment:` on each key (lint rule shared-key); they are filled in only where a tag or a single kms:ViaService says so."
  ]);
  let defaults = doc.get("defaults", !0);
  (0, import_yaml.isMap)(defaults) && (defaults.flow = !0, setComment(doc.contents, "defaults", ["Where keys you add are created."]));
  let principals = doc.get("principals", !0);
  (0, import_yaml.isMap)(principals) && setComment(doc.contents, "principals", [
    "Every IAM principal the key policies and grants name, named after its ARN: rename freely."
  ]);
  let keys = doc.get("keys", !0);
  if ((0, import_yaml.isMap)(keys))
    for (let draft of drafts) {
      let entry = keys.get(draft.name, !0);
      if (!(0, import_yaml.isMap)(entry)) continue;
      for (let field of ["rotation", "aliases", "tags", "via_service"])
        flowIfPresent(entry, field);
      styleIntent(entry.get("policy", !0));
      for (let field of ["grants", "keep_grants"]) {
        let list = entry.get(field, !0);
        if ((0, import_yaml.isSeq)(list)) for (let item of list.items) (0, import_yaml.isMap)(item) && (item.flow = !0);
      }
      let replicas = entry.get("replicas", !0);
      if ((0, import_yaml.isSeq)(replicas)) {
        replicas.flow = replicas.items.every((item) => !(0, import_yaml.isMap)(item));
        for (let item of replicas.items)
          if ((0, import_yaml.isMap)(item)) {
            for (let field of ["aliases", "tags"]) flowIfPresent(item, field);
            styleIntent(item.get("policy", !0));
          }
      }
      let at = draft.commentedIntentAt ?? draft.notes.length, lines = [
        ...draft.notes.slice(0, at),
        ...draft.commentedIntent === void 0 ? [] : commentedIntent(draft.commentedIntent, context.nameOf),
        ...draft.notes.slice(at),
        ...draft.planNotes.map((note) => `plan: ${note}`),
        ...findings.get(draft.name) ?? []
      ];
      lines.length > 0 && setComment(keys, draft.name, lines);
    }
  let trailer = [];
  if (listing.awsManaged.length > 0) {
    trailer.push(
      `AWS managed keys in ${listing.region}, not imported (AWS owns their policy and rotation; give these services customer managed keys instead):`
    );
    for (let key of listing.awsManaged)
      trailer.push(
        `  ${key.aliases.join(", ") || "(no alias)"}  ${key.arn}${key.description === void 0 || key.description === "" ? "" : `  ${key.description}`}`
      );
  }
  if (context.skipped.length > 0) {
    trailer.push("Keys managed by other manifests, not imported:");
    for (let key of context.skipped) trailer.push(`  ${key.arn}  (${key.owner})`);
  }
  return trailer.length > 0 && (doc.comment = comment(trailer)), (0, import_yaml.visit)(doc, {
    Pair: (_, pair) => {
      (0, import_yaml.isScalar)(pair.key) && pair.key.value === "Version" && (0, import_yaml.isScalar)(pair.value) && (pair.value.type = "QUOTE_DOUBLE");
    },
    // Live text with an invisible or line-breaking character (a Sid, a description): one
    // double-quoted line, see `escapeInvisible`.
    Scalar: (_, scalar) => {
      typeof scalar.value == "string" && hasInvisible(scalar.value) && (scalar.type = "QUOTE_DOUBLE");
    }
  }), escapeInvisible(
    doc.toString({
      lineWidth: 0,
      flowCollectionPadding: !1,
      doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER
    })
  );
}
function escapeInvisible(text) {
  return text.replace(INVISIBLE_BUT_LF, (character) => {
    let code = character.codePointAt(0) ?? 0;
    return code > 65535 ? `\\U${code.toString(16).toUpperCase().padStart(8, "0")}` : `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}
function commentedIntent(intent, nameOf) {
  let doc = new import_yaml.Document({ policy: writeIntentInput(intent, nameOf) });
  return styleIntent(doc.get("policy", !0)), doc.toString({
    lineWidth: 0,
    flowCollectionPadding: !1
  }).trimEnd().split(`
`).map((line) => `  ${line}`);
}
function flowIfPresent(map, field) {
  let node = map.get(field, !0);
  ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node)) && (node.flow = !0);
}
function styleIntent(policy) {
  if ((0, import_yaml.isMap)(policy)) {
    for (let field of ["admins", "users", "via_service", "encryption_context", "require_mfa_for"])
      flowIfPresent(policy, field);
    for (let field of ["cross_account", "services"]) {
      let list = policy.get(field, !0);
      if ((0, import_yaml.isSeq)(list)) for (let item of list.items) (0, import_yaml.isMap)(item) && (item.flow = !0);
    }
  }
}
function setComment(map, field, lines) {
  if (!(0, import_yaml.isMap)(map)) return;
  let pair = map.items.find((item) => (0, import_yaml.isScalar)(item.key) && item.key.value === field);
  pair === void 0 || !(0, import_yaml.isScalar)(pair.key) || (pair.key.commentBefore = comment(lines));
}
function comment(lines) {
  return lines.map((line) => ` ${revealInvisible(line)}`).join(`
`);
}

// core/import/build-import-manifest.ts
var LABEL2 = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,63}$/;
function buildImportManifest(listing, options) {
  let owner = `${options.repository}/${options.manifestPath}`, accountName = options.accountName ?? `account-${listing.account}`;
  if (!LABEL2.test(accountName))
    throw new RangeError(
      `account name must be letters, digits, '_' or '-' (at most 64, starting with a letter or digit), got '${accountName}'`
    );
  let nameAccount = (account) => account === listing.account ? accountName : `account-${account}`, skipped = [], imported = [];
  for (let key of listing.keys) {
    let manifest2 = key.ownership?.manifest;
    manifest2 !== void 0 && manifest2 !== owner ? skipped.push({ arn: key.arn, owner: manifest2 }) : imported.push(key);
  }
  let names = deriveKeyNames(
    imported.map((key) => ({
      id: key.id,
      aliases: key.aliases.map((alias) => alias.name),
      ...key.ownership?.key === void 0 ? {} : { logicalName: key.ownership.key }
    }))
  ), drafts = imported.map((key) => draftKey(key, names.get(key.id) ?? key.id, listing, options)).sort((a, b) => a.name.localeCompare(b.name)), ownRoot = `arn:${listing.partition}:iam::${listing.account}:root`, arns = /* @__PURE__ */ new Set();
  for (let draft of drafts)
    for (let arn of principalsOfDraft(draft))
      arn !== ownRoot && isManifestPrincipal(arn) && arns.add(arn);
  let principalNames = derivePrincipalNames(arns, {
    account: listing.account,
    accountName: nameAccount
  }), nameOf = (arn) => principalNames.get(arn) ?? arn, accounts = { [accountName]: listing.account };
  for (let arn of [...arns].sort()) {
    let account = /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
    account !== void 0 && (accounts[nameAccount(account)] = account);
  }
  let principals = Object.fromEntries(
    [...principalNames].map(([arn, name]) => [name, arn]).sort(([a], [b]) => a.localeCompare(b))
  ), keys = {};
  for (let draft of drafts) keys[draft.name] = keyInputOf(draft, nameOf, listing.replicas);
  let manifest = {
    version: 1,
    defaults: { account: accountName, region: listing.region },
    accounts,
    ...Object.keys(principals).length === 0 ? {} : { principals },
    keys
  };
  if (drafts.length === 0)
    throw new RangeError(
      `account ${listing.account} has no customer managed keys to import in ${listing.region}`
    );
  let file = options.manifestPath, plain = renderImportYaml(
    manifest,
    drafts,
    listing,
    { accountName, skipped, nameOf },
    /* @__PURE__ */ new Map()
  ), checked = readManifest(file, plain, options);
  if (!checked.ok) {
    let first = checked.problems[0];
    throw new Error(
      `the imported manifest is not valid (${countNoun(checked.problems.length, "problem")}), first: ${first === void 0 ? "" : `${first.path}: ${first.message}`}`
    );
  }
  let findings = /* @__PURE__ */ new Map();
  for (let finding of runLint(checked.desired)) {
    if (finding.key === void 0 || finding.rule === "shared-key") continue;
    let list = findings.get(finding.key) ?? [], line = `lint ${finding.rule} (${finding.severity}): ${finding.message}`;
    list.includes(line) || list.push(line), findings.set(finding.key, list);
  }
  let yaml = renderImportYaml(
    manifest,
    drafts,
    listing,
    { accountName, skipped, nameOf },
    findings
  );
  return {
    manifest,
    yaml,
    keys: drafts.map((draft) => ({
      name: draft.name,
      arn: draft.key.arn,
      policy: draft.policy.form,
      notes: [...draft.notes, ...findings.get(draft.name) ?? []],
      planNotes: draft.planNotes
    })),
    skipped
  };
}

// cli/import-command.ts
var IMPORT_HELP = `Usage: kms-action import [--region <region>] [--account-name <name>] [options] > kms.yaml

Reads every customer managed key of one account and Region and writes a manifest that
adopts them: descriptions, rotation, state, tags, aliases, grants and key policies (in
intent form when it reproduces the live access, else as the raw document), principals and
accounts named, and comments where a human should decide. Read-only: nothing is changed.
'kms-action plan' on the result shows the adoption of each key (its ownership tags).

Options:
      --region <region>        Region to import (default: $AWS_REGION or $AWS_DEFAULT_REGION)
      --account <id>           account to import (default: the account of the credentials,
                               or of --role-to-assume when it names one)
      --account-name <name>    name of the account under accounts: (default: account-<id>)
      --include-aws-managed    also describe AWS managed keys (always listed in a comment, never imported)
      --rewrite-policies       write the intent form whenever it gives the same access, even when
                               apply would then rewrite the policy text (default: keep the live
                               document and show the intent form in a comment)
      --repository <o/r>       repository of the manifest (default: $GITHUB_REPOSITORY or "local"):
                               keys another manifest owns are left out
      --manifest-path <path>   path of the manifest in the repository (default: kms.yaml)
${AWS_OPTIONS_HELP}
  -h, --help                   show this help

Exit codes: 0 manifest written, 1 nothing to import, 2 usage, 4 AWS error.
`, ROLE_ACCOUNT = /^arn:aws[a-z-]*:iam::([0-9]{12}):role\//, ACCOUNT_ID = /^[0-9]{12}$/, ACCOUNT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/;
async function importCommand(args, io) {
  let { values } = parseArgs({
    args,
    options: {
      region: { type: "string" },
      account: { type: "string" },
      "account-name": { type: "string" },
      "include-aws-managed": { type: "boolean" },
      "rewrite-policies": { type: "boolean" },
      repository: { type: "string" },
      "manifest-path": { type: "string", default: "kms.yaml" },
      ...AWS_OPTIONS,
      help: { type: "boolean", short: "h" }
    },
    strict: !0,
    allowPositionals: !1
  });
  if (values.help === !0)
    return io.stdout(IMPORT_HELP), 0;
  let region = values.region ?? io.env.AWS_REGION ?? io.env.AWS_DEFAULT_REGION;
  if (region === void 0)
    throw new UsageError("--region is required when AWS_REGION is not set");
  if (!/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/.test(region))
    throw new UsageError(`--region must be an AWS Region code such as us-east-1, got '${region}'`);
  let accountName = values["account-name"];
  if (accountName !== void 0 && !ACCOUNT_NAME.test(accountName))
    throw new UsageError(
      `--account-name must be 1 to 64 letters, digits, '_' or '-', starting with a letter or digit, got '${accountName}'`
    );
  if (values.account !== void 0 && !ACCOUNT_ID.test(values.account))
    throw new UsageError(`--account must be a 12-digit account id, got '${values.account}'`);
  let manifestPath = values["manifest-path"], repository = repositoryOf(values.repository, io.env), role = values["role-to-assume"], credentialsFor = role === void 0 ? () => {
  } : assumeRolePerAccount({
    roleTemplate: role,
    sessionName: "kms-action-import",
    region
  }), roleAccount = role === void 0 ? void 0 : ROLE_ACCOUNT.exec(role)?.[1];
  if (roleAccount !== void 0 && values.account !== void 0 && roleAccount !== values.account)
    throw new UsageError(
      `--role-to-assume is a role in account ${roleAccount}, but --account is ${values.account}: use '{account}' in the role ARN`
    );
  let account = values.account ?? roleAccount ?? await callerAccountOf(region);
  await checkCallerIdentity(account, region, credentialsFor(account));
  let stats = createApiCallStats(), clients = createAwsClients({ credentialsFor, stats });
  try {
    let progress = reportProgress(io, void 0), listing = await listAccountKeys({
      clients,
      account,
      region,
      includeAwsManaged: values["include-aws-managed"] === !0,
      onProgress: progress.onProgress
    }).finally(progress.end), owner = `${repository}/${manifestPath}`, importable = listing.keys.filter(
      (key) => key.ownership === void 0 || key.ownership.manifest === owner
    );
    if (importable.length === 0)
      return io.stderr(
        `kms-action: nothing to import: account ${account} has no customer managed keys in ${region}` + (listing.keys.length > 0 ? ` that no other manifest manages (${String(listing.keys.length)} managed elsewhere)` : "") + (listing.awsManaged.length > 0 ? `; ${String(listing.awsManaged.length)} AWS managed keys are never imported` : "") + `.
`
      ), values.stats === !0 && io.stderr(renderStats(stats)), 1;
    let replicaRead = await readReplicas({
      keys: [],
      read: importable,
      regions: [{ account, region, discovery: "list-keys", aliases: listing.aliases }],
      clients,
      scheduler: scheduleAwsCalls()
    });
    replicaRead.replicas.length > 0 && (listing.replicas = replicaRead.replicas);
    let result = buildImportManifest(listing, {
      repository,
      manifestPath,
      ...accountName === void 0 ? {} : { accountName },
      ...values["rewrite-policies"] === !0 ? { rewritePolicies: !0 } : {}
    });
    io.stdout(result.yaml);
    let forms = (form) => result.keys.filter((key) => key.policy === form).length;
    return io.stderr(
      `Imported ${countNoun(result.keys.length, "key")} from account ${account}, ${region}: policies ${String(forms("intent") + forms("intent-rewritten"))} in intent form, ${String(forms("document"))} raw, ${String(forms("unmanaged"))} not managed; ${String(listing.awsManaged.length)} AWS managed and ${countNoun(result.skipped.length, "key")} of other manifests listed in comments.
`
    ), values.stats === !0 && io.stderr(renderStats(stats)), 0;
  } finally {
    clients.destroy();
  }
}
export {
  IMPORT_HELP,
  importCommand
};
