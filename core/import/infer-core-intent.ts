import { isManifestPrincipal } from './is-manifest-principal.ts';
import { dnsSuffixOf } from '../policy/dns-suffix-of.ts';
import { keyAdminActions } from '../policy/key-admin-actions.ts';
import { KEY_USER_GRANT_ACTIONS } from '../policy/generate-key-user-statements.ts';
import type { KeyPlacement } from '../policy/key-placement.ts';
import { keyUsageActions, userActionChoices } from '../policy/key-usage-actions.ts';
import { KMS_ACTIONS } from '../policy/kms-actions.ts';
import { matchWildcard } from '../policy/match-wildcard.ts';
import { parsePrincipal } from '../policy/parse-principal.ts';
import { toList } from '../policy/to-list.ts';
import type { PolicyStatement, ResolvedPolicyIntent, UserGroup } from '../policy/types.ts';

/** The intent of the statements the plain intent fields can say, or why not. */
export interface CoreIntent {
  /** Absent when a reason below applies. */
  intent?: ResolvedPolicyIntent;
  reasons: string[];
  /**
   * Positions of the statements the reasons are about: without them the rest may still fit
   * (they can stay as `extra_statements`). Empty when a reason is about the whole policy.
   */
  rejected: Set<number>;
  /** A reason about the whole policy (no root backstop): no statement left out helps. */
  fatal: boolean;
}

/** Actions only administrators get in a generated policy: one of them makes a principal an admin. */
const ADMIN_MARKERS = ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion', 'kms:EnableKey'];

/** One Allow statement's grant to one principal, with the conditions the intent form knows. */
interface PrincipalGrant {
  actions: Set<string>;
  viaService?: string[];
  encryptionContext?: Record<string, string>;
  grantForAwsResource?: boolean;
}

/**
 * Infers the plain intent fields (admins, users and user groups, via_service,
 * encryption_context, cross_account, require_mfa_for) of key policy statements, noting the
 * statements it has no word for (NotPrincipal, service principals, other conditions, a Deny
 * that is not the MFA guard, a same-account principal with actions beyond a role...). The
 * caller checks what the intent generates against the live policy.
 */
export function inferCoreIntent(
  statements: readonly PolicyStatement[],
  placement: KeyPlacement,
): CoreIntent {
  const partition = placement.partition ?? 'aws';
  const root = `arn:${partition}:iam::${placement.account}:root`;
  const reasons: string[] = [];
  const rejected = new Set<number>();
  const requireMfaFor = new Set<string>();
  const grants = new Map<string, PrincipalGrant[]>();
  const grantedBy = new Map<string, number[]>();
  // Set inside the statement callback (a `let` would be narrowed to `false` there).
  const found = { backstop: false };

  statements.forEach((statement, index) => {
    const label = statement.Sid === undefined ? `#${String(index + 1)}` : `"${statement.Sid}"`;
    const reject = (reason: string): void => {
      reasons.push(reason);
      rejected.add(index);
    };
    for (const field of ['NotPrincipal', 'NotAction', 'NotResource'] as const) {
      if (statement[field] !== undefined) {
        reject(`statement ${label} uses ${field}, which the intent form has no word for`);
        return;
      }
    }
    const resources = toList(statement.Resource);
    if (resources.length !== 1 || resources[0] !== '*') {
      reject(`statement ${label} names resources other than "*"`);
      return;
    }
    const principalReasons: string[] = [];
    const principals = principalsOf(statement, label, principalReasons);
    if (principals === undefined) {
      principalReasons.forEach(reject);
      return;
    }
    const actions = expandActions(toList(statement.Action));

    if (statement.Effect === 'Deny') {
      if (principals.length === 1 && principals[0] === '*' && isMfaGuard(statement)) {
        for (const action of actions) requireMfaFor.add(action);
      } else {
        reject(`Deny statement ${label} is not the MFA guard (require_mfa_for)`);
      }
      return;
    }
    const conditionReasons: string[] = [];
    const conditions = allowConditions(
      statement,
      label,
      placement.region,
      partition,
      conditionReasons,
    );
    if (conditions === undefined) {
      conditionReasons.forEach(reject);
      return;
    }
    if (principals.includes('*')) {
      reject(`statement ${label} allows anyone ("*")`);
      return;
    }
    for (const principal of principals) {
      if (principal === root) {
        if (actions.size === KMS_ACTIONS.length && conditionless(conditions)) found.backstop = true;
        else reject(`statement ${label} gives the account root restricted access`);
        continue;
      }
      grants.set(principal, [...(grants.get(principal) ?? []), { ...conditions, actions }]);
      grantedBy.set(principal, [...(grantedBy.get(principal) ?? []), index]);
    }
  });
  if (!found.backstop) {
    reasons.push(
      `no statement gives the account root (${root}) kms:*; the generated policy always keeps that backstop`,
    );
    return { reasons: unique(reasons), rejected, fatal: true };
  }
  const { intent, leftovers } = classify(grants, placement, requireMfaFor);
  for (const { principal, reason } of leftovers) {
    reasons.push(reason);
    for (const index of grantedBy.get(principal) ?? []) rejected.add(index);
  }
  if (reasons.length > 0) return { reasons: unique(reasons), rejected, fatal: false };
  return { intent, reasons: [], rejected, fatal: false };
}

function principalsOf(
  statement: PolicyStatement,
  label: string,
  reasons: string[],
): string[] | undefined {
  const block = statement.Principal;
  if (block === undefined) {
    reasons.push(`statement ${label} names no principal`);
    return undefined;
  }
  if (block === '*') return ['*'];
  const other = Object.keys(block).filter((type) => type !== 'AWS');
  if (other.length > 0) {
    reasons.push(`statement ${label} names a ${other.join(' and ')} principal`);
    return undefined;
  }
  const principals: string[] = [];
  for (const value of toList<string>(block.AWS)) {
    const parsed = parsePrincipal(value);
    if (parsed.kind === 'anyone') principals.push('*');
    else if (parsed.kind === 'account') {
      principals.push(`arn:${parsed.partition}:iam::${parsed.account}:root`);
    } else if (parsed.kind === 'unique-id') {
      reasons.push(
        `statement ${label} names ${value}, the unique id of a deleted ${parsed.type}: it grants nobody`,
      );
      return undefined;
    } else if (isManifestPrincipal(value)) principals.push(value);
    else {
      reasons.push(`statement ${label} names ${value}, which is not an IAM role, user or account`);
      return undefined;
    }
  }
  return principals;
}

/** Concrete KMS actions a list of (wildcard) action patterns covers. */
function expandActions(patterns: readonly string[]): Set<string> {
  return new Set(
    KMS_ACTIONS.filter((action) =>
      patterns.some((pattern) => matchWildcard(pattern, action, true)),
    ),
  );
}

function isMfaGuard(statement: PolicyStatement): boolean {
  const entries = Object.entries(statement.Condition ?? {});
  if (entries.length !== 1) return false;
  const [operator = '', values = {}] = entries[0] ?? [];
  const keys = Object.entries(values);
  return (
    ['boolifexists', 'bool'].includes(operator.toLowerCase()) &&
    keys.length === 1 &&
    keys[0]?.[0].toLowerCase() === 'aws:multifactorauthpresent' &&
    toList(keys[0][1]).join() === 'false'
  );
}

type Conditions = Omit<PrincipalGrant, 'actions'>;

function allowConditions(
  statement: PolicyStatement,
  label: string,
  region: string,
  partition: string,
  reasons: string[],
): Conditions | undefined {
  const conditions: Conditions = {};
  const suffix = dnsSuffixOf(partition);
  // `<service>.<region>.<suffix>`, compared as text: no regular expression built from input.
  const endpointTail = `.${region}.${suffix}`;
  const serviceOf = (entry: string): string | undefined => {
    if (!entry.endsWith(endpointTail)) return undefined;
    const service = entry.slice(0, -endpointTail.length);
    return SERVICE_NAME.test(service) ? service : undefined;
  };
  for (const [operator, entries] of Object.entries(statement.Condition ?? {})) {
    for (const [key, value] of Object.entries(entries)) {
      const op = operator.toLowerCase();
      const name = key.toLowerCase();
      const values = toList(value).map(String);
      if (op === 'stringequals' && name === 'kms:viaservice') {
        const services = values.map(serviceOf);
        if (services.some((service) => service === undefined)) {
          reasons.push(
            `statement ${label} allows kms:ViaService ${values.join(', ')}, not services of the key's Region ${region}`,
          );
          return undefined;
        }
        conditions.viaService = services.filter((service) => service !== undefined).sort();
      } else if (
        op === 'stringequals' &&
        name.startsWith('kms:encryptioncontext:') &&
        values.length === 1
      ) {
        conditions.encryptionContext = {
          ...conditions.encryptionContext,
          [key.slice('kms:EncryptionContext:'.length)]: values[0] ?? '',
        };
      } else if (
        op === 'bool' &&
        name === 'kms:grantisforawsresource' &&
        values.join() === 'true'
      ) {
        conditions.grantForAwsResource = true;
      } else {
        reasons.push(
          `statement ${label} has the condition ${operator} ${key}, which the intent form has no word for`,
        );
        return undefined;
      }
    }
  }
  return conditions;
}

function conditionless(conditions: Conditions): boolean {
  return (
    conditions.viaService === undefined &&
    conditions.encryptionContext === undefined &&
    conditions.grantForAwsResource === undefined
  );
}

/**
 * Administrators: principals given a management action (PutKeyPolicy, ScheduleKeyDeletion,
 * EnableKey) without conditions. Users: principals given every key-user cryptographic action;
 * their conditions become `via_service` and `encryption_context`. What a principal has beyond
 * its role becomes a `cross_account` entry with the exact actions. The caller checks the result.
 */
function classify(
  grants: ReadonlyMap<string, PrincipalGrant[]>,
  placement: KeyPlacement,
  requireMfaFor: ReadonlySet<string>,
): { intent: ResolvedPolicyIntent; leftovers: { principal: string; reason: string }[] } {
  const adminActions = expandActions(keyAdminActions(placement));
  const usage = keyUsageActions(placement.keySpec, placement.keyUsage);
  const userCrypto = expandActions(usage.userActions);
  const userActions = expandActions([
    ...usage.userActions,
    ...(usage.awsServices ? KEY_USER_GRANT_ACTIONS : []),
    'kms:DescribeKey',
  ]);
  const admins: string[] = [];
  const users: string[] = [];
  const crossAccount: ResolvedPolicyIntent['crossAccount'] = [];
  const leftovers: { principal: string; reason: string }[] = [];
  const choices = new Set(userActionChoices(usage));
  const userGroups: UserGroup[] = [];
  let viaService: string[] | undefined;
  let encryptionContext: Record<string, string> | undefined;

  for (const [principal, list] of [...grants].sort(([a], [b]) => a.localeCompare(b))) {
    const plain = union(list.filter((grant) => conditionless(grant)).map((grant) => grant.actions));
    const all = union(list.map((grant) => grant.actions));
    const isAdmin = ADMIN_MARKERS.some((action) => plain.has(action));
    const crypto = list.filter((grant) =>
      [...grant.actions].some((action) => userCrypto.has(action)),
    );
    const isUser = [...userCrypto].every((action) =>
      union(crypto.map((g) => g.actions)).has(action),
    );
    if (isAdmin) admins.push(principal);
    if (isUser) users.push(principal);
    for (const grant of crypto) {
      if (isUser && grant.viaService !== undefined) viaService ??= grant.viaService;
      if (grant.encryptionContext !== undefined) encryptionContext ??= grant.encryptionContext;
    }
    const rest = [...all].filter(
      (action) => !(isAdmin && adminActions.has(action)) && !(isUser && userActions.has(action)),
    );
    if (rest.length === 0) continue;
    if (isAdmin && rest.includes('kms:CreateGrant')) {
      // The AWS default administrators statement (kms:Create*) is not this intent: generated
      // administrators cannot grant themselves use, so the policy stays as written.
      leftovers.push({
        principal,
        reason:
          `administrator ${principal} may call kms:CreateGrant (kms:Create* includes it), so it can grant itself use of the key; ` +
          'generated administrators have no CreateGrant, so adopting the intent form would take it away',
      });
      continue;
    }
    const own = accountOf(principal) === placement.account;
    if (own && !isAdmin && !isUser && rest.every((action) => choices.has(action))) {
      userGroups.push({ principals: [principal], actions: rest.sort() });
      for (const grant of crypto) viaService ??= grant.viaService;
      continue;
    }
    if (own) {
      leftovers.push({
        principal,
        reason:
          `${principal} may call ${describeActions(rest.sort())}, beyond what key administrators and users get; ` +
          'cross_account is for principals of other accounts',
      });
    } else {
      crossAccount.push({ principal, actions: rest.sort() });
    }
  }
  const intent: ResolvedPolicyIntent = {
    admins,
    users,
    viaService: viaService ?? [],
    encryptionContext: encryptionContext ?? {},
    crossAccount,
    requireMfaFor: [...requireMfaFor].sort(),
    ...(userGroups.length > 0 ? { userGroups } : {}),
  };
  return { intent, leftovers };
}

function accountOf(arn: string): string | undefined {
  return /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(arn)?.[1];
}

function describeActions(actions: readonly string[]): string {
  const shown = actions.slice(0, 4).join(', ');
  return actions.length > 4 ? `${shown} and ${String(actions.length - 4)} more` : shown;
}

function union(sets: readonly ReadonlySet<string>[]): Set<string> {
  const result = new Set<string>();
  for (const set of sets) for (const value of set) result.add(value);
  return result;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;
