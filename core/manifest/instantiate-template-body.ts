import { isPlainRecord as isRecord, setOwnProperty as setOwn } from './set-own-property.ts';
import { substituteEach, type EachValues } from './substitute-each.ts';
import { takesPlaceholders } from './takes-placeholders.ts';

/** A fresh copy of a template body for one entry, placeholders replaced. */
export function instantiateTemplateBody(
  node: unknown,
  each: EachValues,
  path: (string | number)[] = [],
): unknown {
  if (typeof node === 'string') {
    if (!takesPlaceholders(path)) return node;
    const replaced = substituteEach(node, each);
    return replaced.ok ? replaced.text : node;
  }
  if (Array.isArray(node))
    return node.map((item, index) => instantiateTemplateBody(item, each, [...path, index]));
  if (isRecord(node)) {
    const copy: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(node)) {
      setOwn(copy, name, instantiateTemplateBody(item, each, [...path, name]));
    }
    return copy;
  }
  return node;
}
