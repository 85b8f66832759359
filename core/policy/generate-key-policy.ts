import { dnsSuffixOf } from './dns-suffix-of.ts';
import { generateOrganizationStatements } from './generate-organization-statements.ts';
import { generateUserGroupStatements } from './generate-user-group-statements.ts';
import { keyUsageActions } from './key-usage-actions.ts';
import kmsIamData from './kms-iam-data.json' with { type: 'json' };
import { generateServiceStatements } from './services/generate-service-statements.ts';
import type {
  ConditionBlock,
  KeyPolicyDocument,
  PolicyStatement,
  ResolvedPolicyIntent,
} from './types.ts';
import { withCondition } from './with-condition.ts';

export interface KeyPlacement {
  account: string;
  region: string;
  /** ARN partition, `aws` unless the key lives in China or GovCloud. */
  partition?: string;
  /** Multi-Region keys: administrators may also replicate the key (`kms:ReplicateKey`). */
  multiRegion?: boolean;
  /** `SYMMETRIC_DEFAULT` when absent. Decides what key users may do. */
  keySpec?: string;
  /** `ENCRYPT_DECRYPT` when absent. */
  keyUsage?: string;
  /** `AWS_KMS` when absent; `EXTERNAL` (imported key material) gives administrators the import actions. */
  origin?: string;
}

/**
 * Management actions only, listed one by one: administrators can change the key but never use
 * it, and never delegate its use. This is the key administrators statement of the AWS default
 * key policy (Developer Guide, "Default key policy", "Allows key administrators to administer
 * the KMS key") with its wildcards expanded and without `kms:CreateGrant`, which `kms:Create*`
 * includes there: a grant would let an administrator give itself Decrypt without any
 * key-policy change to review. Administrators keep `ListGrants` and `RevokeGrant`.
 */
export const KEY_ADMIN_ACTIONS = [
  'kms:CancelKeyDeletion',
  'kms:CreateAlias',
  'kms:DeleteAlias',
  'kms:DescribeKey',
  'kms:DisableKey',
  'kms:DisableKeyRotation',
  'kms:EnableKey',
  'kms:EnableKeyRotation',
  'kms:GetKeyPolicy',
  'kms:GetKeyRotationStatus',
  'kms:ListGrants',
  'kms:ListKeyPolicies',
  'kms:ListKeyRotations',
  'kms:ListResourceTags',
  'kms:PutKeyPolicy',
  'kms:RevokeGrant',
  'kms:RotateKeyOnDemand',
  'kms:ScheduleKeyDeletion',
  'kms:TagResource',
  'kms:UntagResource',
  'kms:UpdateAlias',
  'kms:UpdateKeyDescription',
];

/** Added for multi-Region keys ("AWS KMS adds the following permissions ... special-purpose keys"). */
export const MULTI_REGION_ADMIN_ACTIONS = ['kms:ReplicateKey', 'kms:UpdatePrimaryRegion'];

/** Added for keys with imported key material (`origin: EXTERNAL`). */
export const IMPORTED_MATERIAL_ADMIN_ACTIONS = [
  'kms:DeleteImportedKeyMaterial',
  'kms:GetParametersForImport',
  'kms:ImportKeyMaterial',
];

/** Sorted once per kind of placement: compile asks for every key of a manifest. */
const ADMIN_ACTIONS_BY_PLACEMENT = new Map<string, readonly string[]>();

/** The administrators' actions for a key of this placement, sorted. */
export function keyAdminActions(key: KeyPlacement): string[] {
  const kind = keyUsageActions(key.keySpec, key.keyUsage).kind;
  const multiRegion = key.multiRegion === true;
  const imported = key.origin === 'EXTERNAL';
  // The AWS default gives it through kms:Get*; the public key of a symmetric or HMAC key does not exist.
  const publicKey = !(kind === 'symmetric-encryption' || kind === 'mac');
  const id = `${String(multiRegion)} ${String(imported)} ${String(publicKey)}`;
  let actions = ADMIN_ACTIONS_BY_PLACEMENT.get(id);
  if (actions === undefined) {
    actions = sorted([
      ...KEY_ADMIN_ACTIONS,
      ...(multiRegion ? MULTI_REGION_ADMIN_ACTIONS : []),
      ...(imported ? IMPORTED_MATERIAL_ADMIN_ACTIONS : []),
      ...(publicKey ? ['kms:GetPublicKey'] : []),
    ]);
    ADMIN_ACTIONS_BY_PLACEMENT.set(id, actions);
  }
  return [...actions];
}

/** Grant management for AWS services acting for key users (EBS, RDS, ...). */
export const KEY_USER_GRANT_ACTIONS = ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'];

/**
 * Actions whose requests carry an encryption context (`kms:EncryptionContext:<key>`), from the
 * IAM data. A context condition on any other action would deny it. CreateGrant is among them:
 * there the condition checks the grant's encryption-context constraint, so a grant cannot be
 * used to bypass a required context.
 */
const ACTIONS_WITH_ENCRYPTION_CONTEXT = new Set(
  kmsIamData.actions
    .filter((action) =>
      action.conditionKeys.includes('kms:EncryptionContext:${EncryptionContextKey}'),
    )
    .map((action) => `kms:${action.name}`.toLowerCase()),
);

/**
 * The key policy for a key's intent (SPEC section 1): the account root as break-glass
 * backstop, administrators separate from users, users scoped by service and encryption
 * context, cross-account access to named principals only, and an MFA guard on the
 * destructive actions. Statement ids and order are stable, and every list is sorted, so a
 * change of intent shows up as a minimal diff.
 */
export function generateKeyPolicy(
  intent: ResolvedPolicyIntent,
  key: KeyPlacement,
): KeyPolicyDocument {
  const partition = key.partition ?? 'aws';
  const statements: PolicyStatement[] = [
    {
      Sid: 'EnableRootAccountBackstop',
      Effect: 'Allow',
      Principal: { AWS: `arn:${partition}:iam::${key.account}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ];

  if (intent.admins.length > 0) {
    statements.push({
      Sid: 'KeyAdministrators',
      Effect: 'Allow',
      Principal: { AWS: sorted(intent.admins) },
      Action: keyAdminActions(key),
      Resource: '*',
    });
  }

  const usage = keyUsageActions(key.keySpec, key.keyUsage);
  const viaService = viaServiceCondition(intent.viaService, key.region, partition);
  const encryptionContext = encryptionContextCondition(intent.encryptionContext);
  if (intent.users.length > 0) {
    const users = { AWS: sorted(intent.users) };
    statements.push(
      withCondition(
        {
          Sid: 'KeyUsersCryptography',
          Effect: 'Allow',
          Principal: users,
          Action: [...usage.userActions],
          Resource: '*',
        },
        viaService,
        encryptionContext,
      ),
      withCondition(
        {
          Sid: 'KeyUsersDescribeKey',
          Effect: 'Allow',
          Principal: users,
          Action: 'kms:DescribeKey',
          Resource: '*',
        },
        viaService,
      ),
    );
    // Only for keys AWS services can use: the AWS default key policy of an HMAC key has no
    // such statement, and integrated services do not support asymmetric keys.
    // No encryption-context condition here, unlike for partners: services such as EBS and
    // RDS create grants with their own context constraints, and requiring ours would break
    // them. GrantIsForAWSResource already keeps users from creating grants themselves.
    if (usage.awsServices) {
      statements.push(
        withCondition(
          {
            Sid: 'KeyUsersGrantsForAwsResources',
            Effect: 'Allow',
            Principal: users,
            Action: KEY_USER_GRANT_ACTIONS,
            Resource: '*',
          },
          viaService,
          { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        ),
      );
    }
  }

  const consumerScope = { viaService, encryptionContext };
  statements.push(
    ...generateUserGroupStatements(intent.userGroups ?? [], usage, consumerScope),
    ...generateOrganizationStatements(intent.organization, usage, consumerScope, intent.admins),
  );

  const sids = new Set<string>();
  for (const [principal, actions] of groupCrossAccount(intent.crossAccount)) {
    const crypto = actions.filter((action) =>
      ACTIONS_WITH_ENCRYPTION_CONTEXT.has(action.toLowerCase()),
    );
    const other = actions.filter(
      (action) => !ACTIONS_WITH_ENCRYPTION_CONTEXT.has(action.toLowerCase()),
    );
    const sid = uniqueSid(`CrossAccount${statementIdPart(principal)}`, sids);
    if (crypto.length > 0) {
      statements.push(
        withCondition(
          {
            Sid: `${sid}Cryptography`,
            Effect: 'Allow',
            Principal: { AWS: principal },
            Action: crypto,
            Resource: '*',
          },
          encryptionContext,
        ),
      );
    }
    if (other.length > 0) {
      statements.push({
        Sid: sid,
        Effect: 'Allow',
        Principal: { AWS: principal },
        Action: other,
        Resource: '*',
      });
    }
  }

  statements.push(
    ...generateServiceStatements(intent.services ?? [], {
      account: key.account,
      region: key.region,
      partition,
    }),
  );

  if (intent.requireMfaFor.length > 0) {
    statements.push({
      Sid: 'DenyWithoutMfa',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: sorted(intent.requireMfaFor),
      Resource: '*',
      // IfExists: long-term credentials carry no MFA key at all, and must be denied too.
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    });
  }

  // Last, as written: `resolvePolicy` has checked them and that no Sid collides with ours.
  statements.push(...(intent.extraStatements ?? []));

  return { Version: '2012-10-17', Statement: statements };
}

function viaServiceCondition(
  services: readonly string[],
  region: string,
  partition: string,
): ConditionBlock | undefined {
  if (services.length === 0) return undefined;
  const suffix = dnsSuffixOf(partition);
  // A name with a dot is already an endpoint (`s3.eu-west-1.amazonaws.com`): kept as written.
  const endpoints = sorted(
    services.map((service) => (service.includes('.') ? service : `${service}.${region}.${suffix}`)),
  );
  return {
    StringEquals: {
      'kms:ViaService': endpoints.length === 1 ? (endpoints[0] as string) : endpoints,
    },
  };
}

function encryptionContextCondition(
  context: Readonly<Record<string, string>>,
): ConditionBlock | undefined {
  const entries = Object.entries(context).sort(([a], [b]) => a.localeCompare(b));
  if (entries.length === 0) return undefined;
  return {
    StringEquals: Object.fromEntries(
      entries.map(([name, value]) => [`kms:EncryptionContext:${name}`, value]),
    ),
  };
}

function groupCrossAccount(entries: ResolvedPolicyIntent['crossAccount']): [string, string[]][] {
  const byPrincipal = new Map<string, Set<string>>();
  for (const entry of entries) {
    const actions = byPrincipal.get(entry.principal) ?? new Set<string>();
    for (const action of entry.actions) actions.add(action);
    byPrincipal.set(entry.principal, actions);
  }
  return [...byPrincipal.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([principal, actions]) => [principal, sorted([...actions])]);
}

/** `arn:aws:iam::222222222222:role/AppRole` -> `222222222222RoleAppRole`: readable and stable. */
function statementIdPart(arn: string): string {
  const match = /^arn:[^:]+:(?:iam|sts)::(\d{12}):(.*)$/.exec(arn);
  const account = match?.[1] ?? '';
  const resource = (match?.[2] ?? arn)
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part.length > 0)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return `${account}${resource}`;
}

/** Two principals can map to the same id part (`role/app-s3`, `role/appS3`); ids must stay unique. */
function uniqueSid(candidate: string, taken: Set<string>): string {
  let sid = candidate;
  for (let counter = 2; taken.has(sid); counter += 1) sid = `${candidate}${counter}`;
  taken.add(sid);
  return sid;
}

function sorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
