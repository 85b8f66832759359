import { canonicalKmsAction } from '../policy/kms-actions.ts';
import { userActionChoices, type KeyUsageActions } from '../policy/key-usage-actions.ts';
import type { DocumentPath } from './types.ts';

export interface NarrowedActionsContext {
  usage: KeyUsageActions;
  /** `a key of key_spec ..., key_usage ...`, for messages. */
  kindName: string;
  resolveActions: (actions: readonly string[], path: DocumentPath) => string[];
  report: (path: DocumentPath, message: string, hint?: string) => void;
}

/**
 * The canonical actions of an `actions:` list that narrows a group of users (or an
 * organisation): each must be one of the key usage's user actions; every other one is
 * reported at its own entry and left out, so a typo never widens the group.
 */
export function checkNarrowedActions(
  written: readonly string[],
  path: DocumentPath,
  { usage, kindName, resolveActions, report }: NarrowedActionsContext,
): string[] {
  const choices = userActionChoices(usage);
  const resolved = resolveActions(written, path);
  written.forEach((entry, position) => {
    const action = canonicalKmsAction(entry);
    if (action === undefined || choices.includes(action)) return;
    report(
      [...path, position],
      `\`${action}\` is not an action of this key's users (${kindName})`,
      `narrow the group to some of ${choices.join(', ')}; for anything else use \`cross_account\` or \`extra_statements\``,
    );
  });
  return [...new Set(resolved.filter((action) => choices.includes(action)))].sort();
}
