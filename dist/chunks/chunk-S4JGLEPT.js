import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  USER_GRANT_ACTIONS,
  keyUsageActions,
  kms_iam_data_default
} from "./chunk-K734PVPB.js";

// core/policy/dns-suffix-of.ts
var DNS_SUFFIXES = {
  aws: "amazonaws.com",
  "aws-cn": "amazonaws.com.cn",
  "aws-us-gov": "amazonaws.com",
  "aws-iso": "c2s.ic.gov",
  "aws-iso-b": "sc2s.sgov.gov"
};
function dnsSuffixOf(partition) {
  return DNS_SUFFIXES[partition] ?? "amazonaws.com";
}

// core/policy/with-condition.ts
function withCondition(statement, ...blocks) {
  let condition = {};
  for (let block of blocks)
    if (block !== void 0)
      for (let [operator, values] of Object.entries(block))
        condition[operator] = { ...condition[operator], ...values };
  return Object.keys(condition).length === 0 ? statement : { ...statement, Condition: condition };
}

// core/policy/generate-consumer-statements.ts
function generateConsumerStatements(consumer, usage, scope) {
  let chosen = consumer.actions === void 0 ? void 0 : new Set(consumer.actions), has = (action) => chosen === void 0 || chosen.has(action), grants = usage.awsServices ? USER_GRANT_ACTIONS.filter(has) : [], cryptography = chosen === void 0 ? [...usage.userActions] : [...chosen].filter((action) => action !== "kms:DescribeKey" && !grants.includes(action)).sort(), base = { Effect: "Allow", Principal: consumer.principal, Resource: "*" }, statements = [];
  return cryptography.length > 0 && statements.push(
    withCondition(
      { Sid: `${consumer.sid}Cryptography`, ...base, Action: cryptography },
      scope.viaService,
      scope.encryptionContext,
      consumer.condition
    )
  ), has("kms:DescribeKey") && statements.push(
    withCondition(
      { Sid: `${consumer.sid}DescribeKey`, ...base, Action: "kms:DescribeKey" },
      scope.viaService,
      consumer.condition
    )
  ), grants.length > 0 && statements.push(
    withCondition(
      { Sid: `${consumer.sid}GrantsForAwsResources`, ...base, Action: grants },
      scope.viaService,
      { Bool: { "kms:GrantIsForAWSResource": "true" } },
      consumer.condition
    )
  ), statements;
}

// core/policy/generate-organization-statements.ts
function generateOrganizationStatements(organization, usage, scope, admins = []) {
  let members = organizationCondition(organization);
  if (organization === void 0 || members === void 0) return [];
  let administrators = [...new Set(admins)].sort(), condition = administrators.length === 0 ? members : {
    ...members,
    ArnNotEquals: {
      "aws:PrincipalArn": administrators.length === 1 ? administrators[0] : administrators
    }
  };
  return generateConsumerStatements(
    {
      sid: "Organization",
      principal: { AWS: "*" },
      ...organization.actions === void 0 ? {} : { actions: organization.actions },
      condition
    },
    usage,
    scope
  );
}
function organizationCondition(organization) {
  let paths = [...new Set(organization?.paths ?? [])].sort();
  if (paths.length > 0) {
    let values = paths.map((path) => `${path}*`);
    return {
      "ForAnyValue:StringLike": {
        "aws:PrincipalOrgPaths": values.length === 1 ? values[0] : values
      }
    };
  }
  if (organization?.id !== void 0)
    return { StringEquals: { "aws:PrincipalOrgID": organization.id } };
}

// core/policy/generate-user-group-statements.ts
function generateUserGroupStatements(groups, usage, scope) {
  let byActions = /* @__PURE__ */ new Map();
  for (let group of groups) {
    if (group.principals.length === 0 || group.actions.length === 0) continue;
    let actions = [...new Set(group.actions)].sort(), key = actions.join(","), entry = byActions.get(key) ?? { actions, principals: /* @__PURE__ */ new Set() };
    for (let principal of group.principals) entry.principals.add(principal);
    byActions.set(key, entry);
  }
  return [...byActions.entries()].sort(([a], [b]) => a.localeCompare(b)).flatMap(
    ([, { actions, principals }]) => generateConsumerStatements(
      {
        sid: `KeyUsersFor${actions.map((action) => action.replace(/^kms:/, "")).join("")}`,
        principal: { AWS: [...principals].sort() },
        actions
      },
      usage,
      scope
    )
  );
}

// core/policy/services/autoscaling.ts
var autoscalingStatements = (use, key) => {
  let name = use.roleSuffix === void 0 ? "AWSServiceRoleForAutoScaling" : `AWSServiceRoleForAutoScaling_${use.roleSuffix}`, role = {
    AWS: `arn:${key.partition}:iam::${key.account}:role/aws-service-role/autoscaling.amazonaws.com/${name}`
  };
  return [
    {
      Sid: "ServiceAutoScalingUse",
      Effect: "Allow",
      Principal: role,
      Action: [
        "kms:Decrypt",
        "kms:DescribeKey",
        "kms:Encrypt",
        "kms:GenerateDataKey*",
        "kms:ReEncrypt*"
      ],
      Resource: "*"
    },
    {
      Sid: "ServiceAutoScalingGrants",
      Effect: "Allow",
      Principal: role,
      Action: "kms:CreateGrant",
      Resource: "*",
      Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } }
    }
  ];
};

// core/policy/services/types.ts
var SERVICE_NAMES = [
  "autoscaling",
  "cloudtrail",
  "cloudwatch",
  "config",
  "events",
  "guardduty",
  "logs",
  "route53-dnssec",
  "s3",
  "ses",
  "sns"
];
function oneOrMany(values) {
  return values.length === 1 ? values[0] : [...values];
}

// core/policy/services/cloudtrail.ts
var cloudtrailStatements = (use, key) => {
  let anyTrail = `arn:${key.partition}:cloudtrail:*:${key.account}:trail/*`, source = use.sources.length > 0 ? { StringEquals: { "aws:SourceArn": oneOrMany(use.sources) } } : { ArnLike: { "aws:SourceArn": anyTrail } }, principal = { Service: "cloudtrail.amazonaws.com" };
  return [
    {
      Sid: "ServiceCloudTrailEncrypt",
      Effect: "Allow",
      Principal: principal,
      Action: "kms:GenerateDataKey*",
      Resource: "*",
      Condition: {
        ...source,
        StringLike: { "kms:EncryptionContext:aws:cloudtrail:arn": anyTrail }
      }
    },
    {
      Sid: "ServiceCloudTrailDescribeKey",
      Effect: "Allow",
      Principal: principal,
      Action: "kms:DescribeKey",
      Resource: "*",
      Condition: source
    }
  ];
};

// core/policy/services/event-source-statement.ts
function eventSourceStatement(sid, principal, use, key) {
  return {
    Sid: sid,
    Effect: "Allow",
    Principal: { Service: principal },
    Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
    Resource: "*",
    Condition: {
      StringEquals: { "aws:SourceAccount": key.account },
      ...use.sources.length > 0 ? { ArnLike: { "aws:SourceArn": oneOrMany(use.sources) } } : {}
    }
  };
}

// core/policy/services/cloudwatch.ts
var cloudwatchStatements = (use, key) => [
  eventSourceStatement("ServiceCloudWatchAlarms", "cloudwatch.amazonaws.com", use, key)
];

// core/policy/services/config.ts
var configStatements = (_use, key) => [
  {
    Sid: "ServiceConfig",
    Effect: "Allow",
    Principal: { Service: "config.amazonaws.com" },
    Action: ["kms:Decrypt", "kms:GenerateDataKey"],
    Resource: "*",
    Condition: { StringEquals: { "aws:SourceAccount": key.account } }
  }
];

// core/policy/services/events.ts
var eventsStatements = (use, key) => {
  let statement = eventSourceStatement("ServiceEventBridge", "events.amazonaws.com", use, key);
  return [
    statement,
    {
      ...statement,
      Sid: "ServiceEventBridgeDescribeKey",
      Action: "kms:DescribeKey"
    }
  ];
};

// core/policy/services/guardduty.ts
var guarddutyStatements = (use, key) => [
  {
    Sid: "ServiceGuardDuty",
    Effect: "Allow",
    Principal: { Service: "guardduty.amazonaws.com" },
    Action: "kms:GenerateDataKey",
    Resource: "*",
    Condition: {
      StringEquals: {
        "aws:SourceAccount": key.account,
        ...use.sources.length > 0 ? { "aws:SourceArn": oneOrMany(use.sources) } : {}
      }
    }
  }
];

// core/policy/services/logs.ts
var logsStatements = (use, key) => {
  let suffix = key.partition === "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com", logGroups = use.sources.length > 0 ? use.sources : [`arn:${key.partition}:logs:${key.region}:${key.account}:*`];
  return [
    {
      Sid: "ServiceLogs",
      Effect: "Allow",
      Principal: { Service: `logs.${key.region}.${suffix}` },
      Action: [
        "kms:Decrypt*",
        "kms:Describe*",
        "kms:Encrypt*",
        "kms:GenerateDataKey*",
        "kms:ReEncrypt*"
      ],
      Resource: "*",
      Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": oneOrMany(logGroups) } }
    }
  ];
};

// core/policy/services/route53-dnssec.ts
var route53DnssecStatements = (use, key) => {
  let zones = use.sources.length > 0 ? use.sources : [`arn:${key.partition}:route53:::hostedzone/*`], principal = { Service: "dnssec-route53.amazonaws.com" };
  return [
    {
      Sid: "ServiceRoute53Dnssec",
      Effect: "Allow",
      Principal: principal,
      Action: ["kms:DescribeKey", "kms:GetPublicKey", "kms:Sign"],
      Resource: "*",
      Condition: {
        StringEquals: { "aws:SourceAccount": key.account },
        ArnLike: { "aws:SourceArn": oneOrMany(zones) }
      }
    },
    {
      Sid: "ServiceRoute53DnssecGrant",
      Effect: "Allow",
      Principal: principal,
      Action: "kms:CreateGrant",
      Resource: "*",
      Condition: { Bool: { "kms:GrantIsForAWSResource": "true" } }
    }
  ];
};

// core/policy/services/s3.ts
var s3Statements = (use, key) => [
  eventSourceStatement("ServiceS3", "s3.amazonaws.com", use, key)
];

// core/policy/services/ses.ts
var sesStatements = (_use, key) => [
  {
    Sid: "ServiceSes",
    Effect: "Allow",
    Principal: { Service: "ses.amazonaws.com" },
    Action: "kms:GenerateDataKey*",
    Resource: "*",
    Condition: {
      Null: {
        "kms:EncryptionContext:aws:ses:message-id": "false",
        "kms:EncryptionContext:aws:ses:rule-name": "false"
      },
      StringEquals: { "kms:EncryptionContext:aws:ses:source-account": key.account }
    }
  }
];

// core/policy/services/sns.ts
var snsStatements = (use, key) => [
  eventSourceStatement("ServiceSns", "sns.amazonaws.com", use, key)
];

// core/policy/services/generate-service-statements.ts
var GENERATORS = {
  autoscaling: autoscalingStatements,
  cloudtrail: cloudtrailStatements,
  cloudwatch: cloudwatchStatements,
  config: configStatements,
  events: eventsStatements,
  guardduty: guarddutyStatements,
  logs: logsStatements,
  "route53-dnssec": route53DnssecStatements,
  s3: s3Statements,
  ses: sesStatements,
  sns: snsStatements
};
function generateServiceStatements(uses, key) {
  return [...uses].sort((a, b) => a.service.localeCompare(b.service)).flatMap(
    (use) => GENERATORS[use.service]({ ...use, sources: [...new Set(use.sources)].sort() }, key)
  );
}

// core/policy/generate-key-policy.ts
var KEY_ADMIN_ACTIONS = [
  "kms:CancelKeyDeletion",
  "kms:CreateAlias",
  "kms:DeleteAlias",
  "kms:DescribeKey",
  "kms:DisableKey",
  "kms:DisableKeyRotation",
  "kms:EnableKey",
  "kms:EnableKeyRotation",
  "kms:GetKeyPolicy",
  "kms:GetKeyRotationStatus",
  "kms:ListGrants",
  "kms:ListKeyPolicies",
  "kms:ListKeyRotations",
  "kms:ListResourceTags",
  "kms:PutKeyPolicy",
  "kms:RevokeGrant",
  "kms:RotateKeyOnDemand",
  "kms:ScheduleKeyDeletion",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:UpdateAlias",
  "kms:UpdateKeyDescription"
], MULTI_REGION_ADMIN_ACTIONS = ["kms:ReplicateKey", "kms:UpdatePrimaryRegion"], IMPORTED_MATERIAL_ADMIN_ACTIONS = [
  "kms:DeleteImportedKeyMaterial",
  "kms:GetParametersForImport",
  "kms:ImportKeyMaterial"
];
function keyAdminActions(key) {
  let kind = keyUsageActions(key.keySpec, key.keyUsage).kind;
  return sorted([
    ...KEY_ADMIN_ACTIONS,
    ...key.multiRegion === !0 ? MULTI_REGION_ADMIN_ACTIONS : [],
    ...key.origin === "EXTERNAL" ? IMPORTED_MATERIAL_ADMIN_ACTIONS : [],
    // The AWS default gives it through kms:Get*; the public key of a symmetric or HMAC key does not exist.
    ...kind === "symmetric-encryption" || kind === "mac" ? [] : ["kms:GetPublicKey"]
  ]);
}
var KEY_USER_GRANT_ACTIONS = ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"], ACTIONS_WITH_ENCRYPTION_CONTEXT = new Set(
  kms_iam_data_default.actions.filter(
    (action) => action.conditionKeys.includes("kms:EncryptionContext:${EncryptionContextKey}")
  ).map((action) => `kms:${action.name}`.toLowerCase())
);
function generateKeyPolicy(intent, key) {
  let partition = key.partition ?? "aws", statements = [
    {
      Sid: "EnableRootAccountBackstop",
      Effect: "Allow",
      Principal: { AWS: `arn:${partition}:iam::${key.account}:root` },
      Action: "kms:*",
      Resource: "*"
    }
  ];
  intent.admins.length > 0 && statements.push({
    Sid: "KeyAdministrators",
    Effect: "Allow",
    Principal: { AWS: sorted(intent.admins) },
    Action: keyAdminActions(key),
    Resource: "*"
  });
  let usage = keyUsageActions(key.keySpec, key.keyUsage), viaService = viaServiceCondition(intent.viaService, key.region, partition), encryptionContext = encryptionContextCondition(intent.encryptionContext);
  if (intent.users.length > 0) {
    let users = { AWS: sorted(intent.users) };
    statements.push(
      withCondition(
        {
          Sid: "KeyUsersCryptography",
          Effect: "Allow",
          Principal: users,
          Action: [...usage.userActions],
          Resource: "*"
        },
        viaService,
        encryptionContext
      ),
      withCondition(
        {
          Sid: "KeyUsersDescribeKey",
          Effect: "Allow",
          Principal: users,
          Action: "kms:DescribeKey",
          Resource: "*"
        },
        viaService
      )
    ), usage.awsServices && statements.push(
      withCondition(
        {
          Sid: "KeyUsersGrantsForAwsResources",
          Effect: "Allow",
          Principal: users,
          Action: KEY_USER_GRANT_ACTIONS,
          Resource: "*"
        },
        viaService,
        { Bool: { "kms:GrantIsForAWSResource": "true" } }
      )
    );
  }
  let consumerScope = { viaService, encryptionContext };
  statements.push(
    ...generateUserGroupStatements(intent.userGroups ?? [], usage, consumerScope),
    ...generateOrganizationStatements(intent.organization, usage, consumerScope, intent.admins)
  );
  let sids = /* @__PURE__ */ new Set();
  for (let [principal, actions] of groupCrossAccount(intent.crossAccount)) {
    let crypto = actions.filter(
      (action) => ACTIONS_WITH_ENCRYPTION_CONTEXT.has(action.toLowerCase())
    ), other = actions.filter(
      (action) => !ACTIONS_WITH_ENCRYPTION_CONTEXT.has(action.toLowerCase())
    ), sid = uniqueSid(`CrossAccount${statementIdPart(principal)}`, sids);
    crypto.length > 0 && statements.push(
      withCondition(
        {
          Sid: `${sid}Cryptography`,
          Effect: "Allow",
          Principal: { AWS: principal },
          Action: crypto,
          Resource: "*"
        },
        encryptionContext
      )
    ), other.length > 0 && statements.push({
      Sid: sid,
      Effect: "Allow",
      Principal: { AWS: principal },
      Action: other,
      Resource: "*"
    });
  }
  return statements.push(
    ...generateServiceStatements(intent.services ?? [], {
      account: key.account,
      region: key.region,
      partition
    })
  ), intent.requireMfaFor.length > 0 && statements.push({
    Sid: "DenyWithoutMfa",
    Effect: "Deny",
    Principal: { AWS: "*" },
    Action: sorted(intent.requireMfaFor),
    Resource: "*",
    // IfExists: long-term credentials carry no MFA key at all, and must be denied too.
    Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } }
  }), statements.push(...intent.extraStatements ?? []), { Version: "2012-10-17", Statement: statements };
}
function viaServiceCondition(services, region, partition) {
  if (services.length === 0) return;
  let suffix = dnsSuffixOf(partition), endpoints = sorted(
    services.map((service) => service.includes(".") ? service : `${service}.${region}.${suffix}`)
  );
  return {
    StringEquals: {
      "kms:ViaService": endpoints.length === 1 ? endpoints[0] : endpoints
    }
  };
}
function encryptionContextCondition(context) {
  let entries = Object.entries(context).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length !== 0)
    return {
      StringEquals: Object.fromEntries(
        entries.map(([name, value]) => [`kms:EncryptionContext:${name}`, value])
      )
    };
}
function groupCrossAccount(entries) {
  let byPrincipal = /* @__PURE__ */ new Map();
  for (let entry of entries) {
    let actions = byPrincipal.get(entry.principal) ?? /* @__PURE__ */ new Set();
    for (let action of entry.actions) actions.add(action);
    byPrincipal.set(entry.principal, actions);
  }
  return [...byPrincipal.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([principal, actions]) => [principal, sorted([...actions])]);
}
function statementIdPart(arn) {
  let match = /^arn:[^:]+:(?:iam|sts)::(\d{12}):(.*)$/.exec(arn), account = match?.[1] ?? "", resource = (match?.[2] ?? arn).split(/[^A-Za-z0-9]+/).filter((part) => part.length > 0).map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
  return `${account}${resource}`;
}
function uniqueSid(candidate, taken) {
  let sid = candidate;
  for (let counter = 2; taken.has(sid); counter += 1) sid = `${candidate}${counter}`;
  return taken.add(sid), sid;
}
function sorted(values) {
  return [...new Set(values)].sort();
}

export {
  dnsSuffixOf,
  SERVICE_NAMES,
  generateServiceStatements,
  keyAdminActions,
  KEY_USER_GRANT_ACTIONS,
  generateKeyPolicy
};
