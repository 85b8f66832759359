import { isPlainRecord as isRecord } from './set-own-property.ts';
import { hasPlaceholder, substituteEach, type EachValues } from './substitute-each.ts';
import { takesPlaceholders } from './takes-placeholders.ts';

/** The longest string a key field takes (`description`): no replaced text may be longer. */
export const MAX_REPLACED_LENGTH = 8192;

/**
 * The first placeholder outside the fields that take them, an unknown one inside them, or a
 * field that could grow past `MAX_REPLACED_LENGTH` once replaced (by entries of at most
 * `maxEach` characters). Adds to `measured.chars` the most characters the replaced fields of
 * one generated key can hold, so the caller can bound the text a template generates.
 */
export function findMisplacedPlaceholder(
  body: unknown,
  sample: EachValues,
  maxEach: number,
  measured: { chars: number },
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
      if (!checked.ok) return { path, message: `\`${checked.placeholder}\` is not a placeholder` };
      const longest = node.length + countPlaceholders(node) * maxEach;
      if (longest > MAX_REPLACED_LENGTH) {
        return {
          path,
          message: `\`${showPath(path)}\` may be ${longest} characters long once its placeholders are replaced, over the limit of ${MAX_REPLACED_LENGTH}`,
        };
      }
      measured.chars += longest;
      return undefined;
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

/** How many `${each.…}` placeholders `text` holds. */
export function countPlaceholders(text: string): number {
  let count = 0;
  for (let at = text.indexOf('${each.'); at >= 0; at = text.indexOf('${each.', at + 1)) count += 1;
  return count;
}
