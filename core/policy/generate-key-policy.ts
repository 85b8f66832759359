import { buildConsumerScope } from './build-consumer-scope.ts';
import { generateCrossAccountStatements } from './generate-cross-account-statements.ts';
import { generateKeyUserStatements } from './generate-key-user-statements.ts';
import { generateOrganizationStatements } from './generate-organization-statements.ts';
import { generateUserGroupStatements } from './generate-user-group-statements.ts';
import { keyAdminActions } from './key-admin-actions.ts';
import type { KeyPlacement } from './key-placement.ts';
import { keyUsageActions } from './key-usage-actions.ts';
import { generateServiceStatements } from './services/generate-service-statements.ts';
import { sortedUnique } from './sorted-unique.ts';
import type { KeyPolicyDocument, PolicyStatement, ResolvedPolicyIntent } from './types.ts';

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
      Principal: { AWS: sortedUnique(intent.admins) },
      Action: keyAdminActions(key),
      Resource: '*',
    });
  }

  const usage = keyUsageActions(key.keySpec, key.keyUsage);
  const consumerScope = buildConsumerScope(intent, key.region, partition);
  statements.push(
    ...generateKeyUserStatements(intent.users, usage, consumerScope),
    ...generateUserGroupStatements(intent.userGroups ?? [], usage, consumerScope),
    ...generateOrganizationStatements(intent.organization, usage, consumerScope, intent.admins),
    ...generateCrossAccountStatements(intent.crossAccount, consumerScope.encryptionContext),
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
      Action: sortedUnique(intent.requireMfaFor),
      Resource: '*',
      // IfExists: long-term credentials carry no MFA key at all, and must be denied too.
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    });
  }

  // Last, as written: `resolvePolicy` has checked them and that no Sid collides with ours.
  statements.push(...(intent.extraStatements ?? []));

  return { Version: '2012-10-17', Statement: statements };
}
