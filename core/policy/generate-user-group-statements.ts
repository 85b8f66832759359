import { generateConsumerStatements, type ConsumerScope } from './generate-consumer-statements.ts';
import type { KeyUsageActions } from './key-usage-actions.ts';
import type { PolicyStatement, UserGroup } from './types.ts';

/**
 * Statements for key users narrowed to some actions (`users: [{ principals, actions }]`).
 * Groups with the same actions share their statements; each set of actions names its
 * statements (`KeyUsersForDecryptDescribeKeyCryptography`), so adding or reordering a group
 * changes no other statement's id.
 */
export function generateUserGroupStatements(
  groups: readonly UserGroup[],
  usage: KeyUsageActions,
  scope: ConsumerScope,
): PolicyStatement[] {
  const byActions = new Map<string, { actions: string[]; principals: Set<string> }>();
  for (const group of groups) {
    if (group.principals.length === 0 || group.actions.length === 0) continue;
    const actions = [...new Set(group.actions)].sort();
    const key = actions.join(',');
    const entry = byActions.get(key) ?? { actions, principals: new Set<string>() };
    for (const principal of group.principals) entry.principals.add(principal);
    byActions.set(key, entry);
  }
  return [...byActions.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([, { actions, principals }]) =>
      generateConsumerStatements(
        {
          sid: `KeyUsersFor${actions.map((action) => action.replace(/^kms:/, '')).join('')}`,
          principal: { AWS: [...principals].sort() },
          actions,
        },
        usage,
        scope,
      ),
    );
}
