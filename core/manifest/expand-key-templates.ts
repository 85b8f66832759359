import schema from '../../schemas/kms.schema.json' with { type: 'json' };
import { ManifestError } from '../errors.ts';
import { MAX_YAML_NODES } from './inspect-yaml-structure.ts';
import { MAX_MANIFEST_BYTES, type LoadedManifest } from './load-manifest.ts';
import { MAX_MANIFEST_KEYS } from './scan-yaml-lexemes.ts';
import { countPlaceholders, findMisplacedPlaceholder } from './find-misplaced-placeholder.ts';
import { instantiateTemplateBody } from './instantiate-template-body.ts';
import { isPlainRecord as isRecord, setOwnProperty as setOwn } from './set-own-property.ts';
import { substituteEach, type EachValues } from './substitute-each.ts';
import { toJsonPointer } from './to-json-pointer.ts';
import type { DocumentPath, ManifestProblem, Position } from './types.ts';

const KEY_NAME = new RegExp(schema.properties.keys.propertyNames.pattern, 'u');
const KEY_NAME_MAX = schema.properties.keys.propertyNames.maxLength;
const ENTRY_NAME = new RegExp(
  schema.properties.key_templates.additionalProperties.properties.for_each.items.pattern,
  'u',
);
const ENTRY_VALUE_MAX =
  schema.properties.key_templates.additionalProperties.properties.for_each.additionalProperties
    .maxLength;
const ENTRY_NAME_MAX =
  schema.properties.key_templates.additionalProperties.properties.for_each.items.maxLength;
const WHERE_PLACEHOLDERS =
  "placeholders are replaced only in `name` and in the key's `description`, `aliases`, `service`, `compliance`, `environment`, `moved_from` and tag values";

/** Text all templates of a manifest may generate at most: 8 times the largest manifest. */
const MAX_GENERATED_CHARACTERS = 8 * MAX_MANIFEST_BYTES;
/** Template positions remembered per manifest (a body has at most that many distinct paths asked). */
const MAX_TEMPLATE_POSITIONS = 10_000;

interface Template {
  name: string;
  entries: EachValues[];
  nameText: string;
  body: Record<string, unknown>;
}

/**
 * The manifest with the keys its `key_templates:` declare added under `keys:` (before schema
 * validation, so generated keys are validated and compiled like written ones), and positions
 * of generated keys mapped to the template's lines. Throws `ManifestError` for what only the
 * expansion can see: the key limit crossed, placeholders where none are replaced, names that
 * are invalid or taken. A template the schema will refuse is left for the schema to report.
 */
export function expandKeyTemplates(loaded: LoadedManifest): LoadedManifest {
  const data = loaded.data;
  if (!isRecord(data) || !isRecord(data['key_templates'])) return loaded;
  const written = data['keys'] ?? {};
  if (!isRecord(written)) return loaded;
  const problems: ManifestProblem[] = [];
  const report = (path: DocumentPath, message: string, hint: string): void => {
    problems.push({
      message,
      file: loaded.file,
      ...loaded.locate(path),
      path: toJsonPointer(path),
      hint,
    });
  };

  const templates = Object.entries(data['key_templates']).flatMap(([name, value]) => {
    const template = readTemplate(name, value);
    return template === undefined ? [] : [template];
  });
  // Caps first, from the counts alone: nothing is built for a template past them.
  let keyCount = Object.keys(written).length;
  let valueCount = 0;
  for (const template of templates) {
    const before = keyCount;
    keyCount += template.entries.length;
    if (keyCount > MAX_MANIFEST_KEYS) {
      report(
        ['key_templates', template.name, 'for_each'],
        `\`key_templates.${template.name}\` declares ${template.entries.length} keys, which with the ${before} keys before it is over the limit of ${MAX_MANIFEST_KEYS} keys per manifest`,
        'split the keys across several manifests, e.g. one per account or team',
      );
      throw new ManifestError(problems);
    }
    const bodyValues = countValues(template.body);
    const generatedValues = template.entries.length * (bodyValues + 1);
    valueCount += generatedValues;
    if (valueCount > MAX_YAML_NODES) {
      report(
        ['key_templates', template.name, 'key'],
        `\`key_templates.${template.name}\` would generate ${generatedValues} values (${template.entries.length} keys of ${bodyValues} values each)${valueCount > generatedValues ? ', which with the templates before it is' : ','} over the limit of ${MAX_YAML_NODES}`,
        'move shared fields to `defaults:`, or split the keys across several manifests',
      );
      throw new ManifestError(problems);
    }
  }

  const keys: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(written)) setOwn(keys, name, value);
  const origins = new Map<string, string>();
  const entryOf = new Map<string, string>();
  let generatedCharacters = 0;
  for (const template of templates) {
    const at = (...rest: (string | number)[]): DocumentPath => [
      'key_templates',
      template.name,
      ...rest,
    ];
    const sample = template.entries[0] ?? { key: '', value: '' };
    const maxEach = template.entries.reduce(
      (longest, each) => Math.max(longest, each.key.length, each.value.length),
      0,
    );
    const measured = {
      chars: template.nameText.length + countPlaceholders(template.nameText) * maxEach,
    };
    const misplaced = findMisplacedPlaceholder(template.body, sample, maxEach, measured);
    if (misplaced !== undefined) {
      report(at('key', ...misplaced.path), misplaced.message, WHERE_PLACEHOLDERS);
      continue;
    }
    generatedCharacters += template.entries.length * measured.chars;
    if (generatedCharacters > MAX_GENERATED_CHARACTERS) {
      report(
        at('key'),
        `\`key_templates.${template.name}\` could generate ${template.entries.length * measured.chars} characters of text (${template.entries.length} keys of up to ${measured.chars} each), which with the templates before it is over the limit of ${MAX_GENERATED_CHARACTERS}`,
        'use fewer placeholders, shorter `for_each` values, or split the keys across several manifests',
      );
      continue;
    }
    const nameCheck = substituteEach(template.nameText, sample);
    if (!nameCheck.ok) {
      report(
        at('name'),
        `\`${nameCheck.placeholder}\` is not a placeholder`,
        'write `${each.key}` or `${each.value}`',
      );
      continue;
    }
    for (const each of template.entries) {
      const generated = substituteEach(template.nameText, each);
      const name = generated.ok ? generated.text : '';
      const entry = `for the \`for_each\` entry \`${each.key}\``;
      if (!KEY_NAME.test(name) || name.length > KEY_NAME_MAX) {
        report(
          at('name'),
          `\`key_templates.${template.name}.name\` gives ${JSON.stringify(name.slice(0, 140))} ${entry}, which is not a valid key name`,
          `key names start with a letter or digit and contain only letters, digits, \`_\`, \`.\` and \`-\`, at most ${KEY_NAME_MAX} characters`,
        );
        continue;
      }
      const takenBy = Object.hasOwn(written, name)
        ? `\`keys\` (line ${loaded.locateKey(['keys', name]).line})`
        : origins.has(name)
          ? `\`key_templates.${origins.get(name) ?? ''}\``
          : undefined;
      if (takenBy !== undefined) {
        report(
          at('name'),
          `\`key_templates.${template.name}\` generates the key \`${name}\` ${entry}, which ${takenBy} already declares`,
          'a key name identifies one key: rename the written key, or change the template name or its entries',
        );
        continue;
      }
      origins.set(name, template.name);
      entryOf.set(name, each.key);
      setOwn(keys, name, instantiateTemplateBody(template.body, each));
    }
  }
  if (problems.length > 0) {
    throw new ManifestError(problems.sort((a, b) => a.line - b.line || a.column - b.column));
  }
  if (origins.size === 0) return loaded;

  const expanded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) setOwn(expanded, name, value);
  setOwn(expanded, 'keys', keys);
  // A generated key's positions are its template's: the body for fields, `name` for the key.
  const mapped = (path: DocumentPath, want: 'key' | 'value'): DocumentPath | undefined => {
    const template = path[0] === 'keys' ? origins.get(String(path[1])) : undefined;
    if (template === undefined) return undefined;
    if (path.length === 2 && want === 'key') return ['key_templates', template, 'name'];
    return ['key_templates', template, 'key', ...path.slice(2)];
  };
  // The keys of one template locate through the same body: each position is found once.
  const positions = new Map<string, Position>();
  const locateInTemplate = (target: DocumentPath, want: 'key' | 'value'): Position => {
    const id = `${want}${JSON.stringify(target)}`;
    const seen = positions.get(id);
    if (seen !== undefined) return { ...seen };
    const position = want === 'key' ? loaded.locateKey(target) : loaded.locate(target);
    if (positions.size < MAX_TEMPLATE_POSITIONS) positions.set(id, { ...position });
    return position;
  };
  return {
    file: loaded.file,
    data: expanded,
    locate: (path) => {
      const target = mapped(path, 'value');
      return target === undefined ? loaded.locate(path) : locateInTemplate(target, 'value');
    },
    originOf: (path) => {
      const template = path[0] === 'keys' ? origins.get(String(path[1])) : undefined;
      const merged = loaded.originOf?.(mapped(path, 'value') ?? path);
      if (template === undefined) return merged;
      const entry = `from \`key_templates.${template}\`, entry \`${entryOf.get(String(path[1])) ?? ''}\``;
      return merged === undefined ? entry : `${entry}, ${merged}`;
    },
    locateKey: (path) => {
      const target = mapped(path, 'key');
      if (target === undefined) return loaded.locateKey(path);
      return locateInTemplate(
        target,
        target.at(-1) === 'name' && target.length === 3 ? 'value' : 'key',
      );
    },
  };
}

function readTemplate(name: string, value: unknown): Template | undefined {
  if (!isRecord(value)) return undefined;
  const { for_each: forEach, name: nameText, key: body } = value;
  if (
    typeof nameText !== 'string' ||
    nameText.length > KEY_NAME_MAX ||
    !nameText.includes('${each.key}') ||
    !isRecord(body)
  ) {
    return undefined;
  }
  const entries: EachValues[] = [];
  if (Array.isArray(forEach)) {
    for (const item of forEach) {
      if (!isEntryName(item)) return undefined;
      entries.push({ key: item, value: item });
    }
  } else if (isRecord(forEach)) {
    for (const [key, item] of Object.entries(forEach)) {
      if (!isEntryName(key) || typeof item !== 'string' || item.length > ENTRY_VALUE_MAX) {
        return undefined;
      }
      entries.push({ key, value: item });
    }
  } else {
    return undefined;
  }
  if (entries.length === 0) return undefined;
  return { name, entries, nameText, body };
}

function isEntryName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= ENTRY_NAME_MAX && ENTRY_NAME.test(value);
}

/** Values (scalars, lists, mappings) of plain data; the data is already bounded at load. */
function countValues(node: unknown): number {
  if (Array.isArray(node)) return node.reduce<number>((sum, item) => sum + countValues(item), 1);
  if (isRecord(node)) {
    return Object.values(node).reduce<number>((sum, item) => sum + 1 + countValues(item), 1);
  }
  return 1;
}
