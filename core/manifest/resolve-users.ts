import { userActionChoices, type KeyUsageActions } from '../policy/key-usage-actions.ts';
import type { UserGroup } from '../policy/types.ts';
import { checkNarrowedActions, type NarrowedActionsContext } from './check-narrowed-actions.ts';
import type { DocumentPath, UserGroupInput } from './types.ts';

export interface UsersContext extends NarrowedActionsContext {
  usage: KeyUsageActions;
  resolvePrincipal: (ref: string, path: DocumentPath) => string | undefined;
}

/**
 * `users:` as written: a name or ARN gets every user action of the key's usage; a group
 * `{ principals, actions }` gets only its actions (checked against the usage). A group whose
 * actions are all of them is a list of plain users.
 */
export function resolveUsers(
  entries: readonly (string | UserGroupInput)[],
  path: DocumentPath,
  context: UsersContext,
): { users: string[]; userGroups: UserGroup[] } {
  const users: string[] = [];
  const userGroups: UserGroup[] = [];
  const everyAction = userActionChoices(context.usage).join(',');
  entries.forEach((entry, index) => {
    if (typeof entry === 'string') {
      const arn = context.resolvePrincipal(entry, [...path, index]);
      if (arn !== undefined) users.push(arn);
      return;
    }
    const principals = entry.principals.flatMap((ref, position) => {
      const arn = context.resolvePrincipal(ref, [...path, index, 'principals', position]);
      return arn === undefined ? [] : [arn];
    });
    const actions = checkNarrowedActions(entry.actions, [...path, index, 'actions'], context);
    if (actions.join(',') === everyAction) users.push(...principals);
    else userGroups.push({ entry: index, principals, actions });
  });
  return { users, userGroups };
}
