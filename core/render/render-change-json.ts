import type { ChangeJson } from '../json-contracts.ts';
import type { Change } from '../plan/plan-types.ts';

export type { ChangeJson };

/** `keyId` -> `key_id`: for field names of kms-action's own objects, never for data keys. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * One change of the plan for `--format json` (docs/json-output.md, format version 3). Field
 * names of kms-action's own objects become snake_case; maps whose keys are data stay as they
 * are: key policies (AWS's `Version`, `Statement`...), tags, encryption contexts.
 */
export function renderChangeJson(change: Change): ChangeJson {
  const json = snakeKeys(change);
  switch (change.action) {
    case 'create':
    case 'create-grant':
      json['after'] = snakeKeys(change.after);
      break;
    case 'update-rotation':
      json['before'] = snakeKeys(change.before);
      json['after'] = snakeKeys(change.after);
      break;
    case 'revoke-grant':
      json['before'] = snakeKeys(change.before);
      break;
    case 'create-replica':
      json['replica'] = snakeKeys(change.replica);
      break;
    default:
      break;
  }
  return json as ChangeJson;
}

/**
 * The object with its own field names in snake_case, in the same order; values unchanged (a
 * key policy, tags or an encryption context below keeps its keys: they are data).
 */
export function snakeKeys(object: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(object).map(([name, value]: [string, unknown]) => [snakeCase(name), value]),
  );
}
