import { isPlainRecord as isRecord } from './set-own-property.ts';
import { hasPlaceholder, substituteEach, type EachValues } from './substitute-each.ts';
import { takesPlaceholders } from './takes-placeholders.ts';

/** The first placeholder outside the fields that take them, or an unknown one inside them. */
export function findMisplacedPlaceholder(
  body: unknown,
  sample: EachValues,
): { path: (string | number)[]; message: string } | undefined {
  const visit = (
    node: unknown,
    path: (string | number)[],
  ): { path: (string | number)[]; message: string } | undefined => {
    if (typeof node === 'string') {
      if (!hasPlaceholder(node)) return undefined;
      if (!takesPlaceholders(path)) {
        return {
          path,
          message: `\`${showPath(path)}\` holds a placeholder, which is not replaced there`,
        };
      }
      const checked = substituteEach(node, sample);
      return checked.ok
        ? undefined
        : { path, message: `\`${checked.placeholder}\` is not a placeholder` };
    }
    if (Array.isArray(node)) {
      for (const [index, item] of node.entries()) {
        const found = visit(item, [...path, index]);
        if (found !== undefined) return found;
      }
    } else if (isRecord(node)) {
      for (const [name, item] of Object.entries(node)) {
        if (hasPlaceholder(name)) {
          return {
            path: [...path, name],
            message: `the field name \`${name}\` holds a placeholder, which is not replaced there`,
          };
        }
        const found = visit(item, [...path, name]);
        if (found !== undefined) return found;
      }
    }
    return undefined;
  };
  return visit(body, []);
}

/** `policy.admins[0]`: how a user would point at a value of the key body. */
function showPath(path: readonly (string | number)[]): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}
