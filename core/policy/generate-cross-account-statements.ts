import kmsIamData from './kms-iam-data.json' with { type: 'json' };
import { sortedUnique } from './sorted-unique.ts';
import type { ConditionBlock, PolicyStatement, ResolvedPolicyIntent } from './types.ts';
import { withCondition } from './with-condition.ts';

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
 * One or two statements per principal of another account, with exactly its actions: those
 * whose requests carry an encryption context under the required context
 * (`CrossAccount<principal>Cryptography`), the others without it (`CrossAccount<principal>`).
 * Principals sorted; statement ids readable, stable and unique.
 */
export function generateCrossAccountStatements(
  entries: ResolvedPolicyIntent['crossAccount'],
  encryptionContext: ConditionBlock | undefined,
): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  const sids = new Set<string>();
  for (const [principal, actions] of groupCrossAccount(entries)) {
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
  return statements;
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
    .map(([principal, actions]) => [principal, sortedUnique([...actions])]);
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
