import { userActionChoices } from '../policy/key-usage-actions.ts';
import type { OrganizationConsumer } from '../policy/types.ts';
import { checkNarrowedActions, type NarrowedActionsContext } from './check-narrowed-actions.ts';
import type { DocumentPath, OrganizationInput } from './types.ts';

/**
 * `organization:` as written (the schema checked the id and path formats): an id alone, or
 * `{ id | paths, actions }`. Exactly one of `id` and `paths`: a path names its organisation
 * already. In a path each OU id must carry its root's id (`r-ab12` -> `ou-ab12-...`), as AWS
 * Organizations writes them, so a path copied from another root is caught here.
 */
export function resolveOrganization(
  input: string | OrganizationInput,
  path: DocumentPath,
  context: NarrowedActionsContext,
): OrganizationConsumer | undefined {
  if (typeof input === 'string') return { id: input };
  const { report } = context;
  if ((input.id === undefined) === (input.paths === undefined)) {
    report(
      path,
      input.id === undefined
        ? 'organization needs `id` (the whole organisation) or `paths` (organisational units), got neither'
        : 'organization takes `id` or `paths`, not both: each path starts with its organisation id',
      'write `organization: o-a1b2c3d4e5`, or `organization: { paths: [o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/] }`',
    );
    return undefined;
  }
  let strays = 0;
  for (const [index, entityPath] of (input.paths ?? []).entries()) {
    const [, root, ...units] = entityPath.split('/');
    const rootSuffix = root?.slice('r-'.length);
    const stray = units.find((unit) => unit !== '' && unit.split('-')[1] !== rootSuffix);
    if (stray === undefined) continue;
    strays += 1;
    report(
      [...path, 'paths', index],
      `organizational unit \`${stray}\` is not in root \`${root ?? ''}\` of path \`${entityPath}\`: an OU id carries its root's id (\`ou-${rootSuffix ?? ''}-...\`)`,
      'copy the path from AWS Organizations (the OU details page, or `aws organizations list-parents`)',
    );
  }
  if (strays > 0) return undefined;
  const narrowed =
    input.actions === undefined
      ? undefined
      : checkNarrowedActions(input.actions, [...path, 'actions'], context);
  // Every user action, listed: the same as none listed (the users statement's own form).
  const actions =
    narrowed?.join(',') === userActionChoices(context.usage).join(',') ? undefined : narrowed;
  return {
    ...(input.id === undefined ? {} : { id: input.id }),
    ...(input.paths === undefined ? {} : { paths: [...input.paths] }),
    ...(actions === undefined ? {} : { actions }),
  };
}
