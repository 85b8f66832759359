import { generateConsumerStatements, type ConsumerScope } from './generate-consumer-statements.ts';
import type { KeyUsageActions } from './key-usage-actions.ts';
import type { ConditionBlock, OrganizationConsumer, PolicyStatement } from './types.ts';

/**
 * Statements that let anyone in an AWS organisation use the key: `Principal: *` narrowed by
 * `aws:PrincipalOrgID`, or by `aws:PrincipalOrgPaths` for organisational units. An OU path
 * `o-.../r-.../ou-.../` matches with `ForAnyValue:StringLike` and a trailing `*`, so accounts
 * in the OU and in its child OUs are in (IAM User Guide, "AWS global condition context keys",
 * aws:PrincipalOrgPaths). The key administrators are left out (`aws:PrincipalArn`), so
 * belonging to the organisation does not make them users. Statement ids
 * `Organization<Cryptography|DescribeKey|GrantsForAwsResources>`.
 */
export function generateOrganizationStatements(
  organization: OrganizationConsumer | undefined,
  usage: KeyUsageActions,
  scope: ConsumerScope,
  admins: readonly string[] = [],
): PolicyStatement[] {
  const members = organizationCondition(organization);
  if (organization === undefined || members === undefined) return [];
  const administrators = [...new Set(admins)].sort();
  // Administrators manage, they do not use: being in the organisation must not change that.
  const condition: ConditionBlock =
    administrators.length === 0
      ? members
      : {
          ...members,
          ArnNotEquals: {
            'aws:PrincipalArn':
              administrators.length === 1 ? (administrators[0] as string) : administrators,
          },
        };
  return generateConsumerStatements(
    {
      sid: 'Organization',
      principal: { AWS: '*' },
      ...(organization.actions === undefined ? {} : { actions: organization.actions }),
      condition,
    },
    usage,
    scope,
  );
}

function organizationCondition(
  organization: OrganizationConsumer | undefined,
): ConditionBlock | undefined {
  const paths = [...new Set(organization?.paths ?? [])].sort();
  if (paths.length > 0) {
    const values = paths.map((path) => `${path}*`);
    return {
      'ForAnyValue:StringLike': {
        'aws:PrincipalOrgPaths': values.length === 1 ? (values[0] as string) : values,
      },
    };
  }
  if (organization?.id !== undefined) {
    return { StringEquals: { 'aws:PrincipalOrgID': organization.id } };
  }
  return undefined;
}
