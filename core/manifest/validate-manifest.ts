import type { ErrorObject } from 'ajv/dist/2020.js';
import { closest, distance } from 'fastest-levenshtein';
import schema from '../../schemas/kms.schema.json' with { type: 'json' };
import { validate as validateSchema } from './generated/validate-kms-schema.js';
import type { LoadedManifest } from './load-manifest.ts';
import type { ManifestInput, ManifestProblem } from './types.ts';
import { hintNearMiss, MERGE_KEY_HINT } from './hint-near-miss.ts';
import { keyOnlyDefaultHint } from './key-only-default-hint.ts';
import { replicaFieldHint } from './replica-field-hint.ts';
import { toJsonPointer } from './to-json-pointer.ts';

/** Schema problems reported at most: a manifest with more needs its first ones fixed first. */
const MAX_SCHEMA_PROBLEMS = 100;

export type ValidationResult =
  | { valid: true; manifest: ManifestInput; problems: [] }
  | { valid: false; problems: ManifestProblem[] };

/** Checks the loaded manifest against `schemas/kms.schema.json`, with located, hinted problems. */
export function validateManifest(loaded: LoadedManifest): ValidationResult {
  // Compiled ahead of time (scripts/generate-schema-validator.ts): compiling the schema at
  // start-up took most of the Action's cold start.
  const validate = validateSchema;
  if (validate(loaded.data)) {
    return { valid: true, manifest: loaded.data as ManifestInput, problems: [] };
  }
  const seen = new Set<string>();
  const problems: ManifestProblem[] = [];
  const errors = relevantErrors(validate.errors ?? []);
  for (const [index, error] of errors.entries()) {
    const problem = toProblem(loaded, error);
    const id = `${problem.path}\u0000${problem.message}`;
    if (seen.has(id)) continue;
    if (problems.length === MAX_SCHEMA_PROBLEMS) {
      problems.push({
        ...problem,
        message: `more schema errors follow (${errors.length - index} from here): only the first ${MAX_SCHEMA_PROBLEMS} are reported`,
        hint: 'fix the errors above and validate again',
      });
      break;
    }
    seen.add(id);
    problems.push(problem);
  }
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { valid: false, problems };
}

/**
 * Drops the errors that only repeat another one: the umbrella `if` error of `then`/`else`,
 * and the inner errors of `propertyNames` (they describe the name but point at the whole
 * mapping, e.g. "`tags` has an invalid format: a mapping"; the `propertyNames` error names it).
 */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => error.keyword !== 'if' && error.propertyName === undefined);
}

function toProblem(loaded: LoadedManifest, error: ErrorObject): ManifestProblem {
  const segments = pathSegments(error.instancePath);
  const where = segments.length === 0 ? 'the manifest' : `\`${formatPath(segments)}\``;
  const base = (message: string, hint?: string, keyPath?: (string | number)[]): ManifestProblem => {
    const position = keyPath ? loaded.locateKey(keyPath) : loaded.locate(segments);
    const pointer = keyPath ?? segments;
    const origin = loaded.originOf?.(pointer);
    return {
      message: origin === undefined ? message : `${message} (${origin})`,
      file: loaded.file,
      line: position.line,
      column: position.column,
      path: toJsonPointer(pointer),
      ...(hint === undefined ? {} : { hint }),
    };
  };
  const value = valueAt(loaded.data, segments);
  const subschema = error.parentSchema as SchemaNode | undefined;

  switch (error.keyword) {
    case 'additionalProperties': {
      const field = String(error.params['additionalProperty']);
      const allowed = Object.keys(subschema?.properties ?? {});
      if (allowed.length === 1 && allowed[0] === 'document') {
        // The raw-document branch of `policy`: the user mixed both forms.
        return base(
          `${where} mixes \`document\` with the intent field \`${field}\``,
          'use either `document:` (a raw key policy, used as is) or the intent fields (`admins`, `users`, `via_service`, ...), not both',
          [...segments, field],
        );
      }
      const replicaField =
        segments.length === 4 && segments[0] === 'keys' && segments[2] === 'replicas'
          ? replicaFieldHint(field)
          : undefined;
      if (replicaField !== undefined) {
        return base(`${replicaField.message} (${where})`, replicaField.hint, [...segments, field]);
      }
      const suggestion = suggestName(field, allowed);
      const keyOnly = segments.length === 1 && segments[0] === 'defaults';
      const hint =
        field === '<<'
          ? MERGE_KEY_HINT
          : keyOnly && keyOnlyDefaultHint(field) !== undefined
            ? keyOnlyDefaultHint(field)
            : suggestion !== undefined
              ? `did you mean \`${suggestion}\`?`
              : `allowed fields: ${allowed.map((name) => `\`${name}\``).join(', ')}`;
      return base(`unknown field \`${field}\` in ${where}`, hint, [...segments, field]);
    }
    case 'required': {
      const field = String(error.params['missingProperty']);
      const description = subschema?.properties?.[field]?.description;
      return base(`${where} is missing the required field \`${field}\``, description);
    }
    case 'propertyNames': {
      const name = String(error.params['propertyName']);
      const shown = name === '' ? 'an empty name' : `\`${name}\``;
      const allowed = subschema?.propertyNames?.enum;
      if (Array.isArray(allowed)) {
        const names = allowed.map(String);
        const suggestion = suggestName(name, names);
        return base(
          `${shown} is not a known name in ${where}`,
          suggestion !== undefined
            ? `did you mean \`${suggestion}\`?`
            : `expected one of: ${names.join(', ')}`,
          [...segments, name],
        );
      }
      if (segments.at(-1) === 'principals' && SERVICE_LIKE.test(name)) {
        return base(
          `${shown} reads like an AWS service principal, which a principal name may not: a grantee or user written as this name would look like the service in the manifest while naming the principal it stands for`,
          'rename it (e.g. end it in `-svc`), or write the service principal itself where the service is meant',
          [...segments, name],
        );
      }
      return base(
        `${shown} is not a valid name in ${where}`,
        namingHint(segments, subschema?.propertyNames?.maxLength),
        [...segments, name],
      );
    }
    case 'type': {
      const expected = String(error.params['type']);
      const hint =
        expected === 'string' && typeof value === 'number'
          ? isAccountLike(segments)
            ? 'quote the account id as written, e.g. `"012345678901"`: unquoted digits are read as a number and leading zeros are lost'
            : `quote it: \`"${String(value)}"\` (unquoted digits are read as a number)`
          : subschema?.description;
      return base(`${where} must be ${article(expected)}, got ${describe(value)}`, hint);
    }
    case 'enum': {
      const allowed = (error.params['allowedValues'] as unknown[]).map(String);
      const suggestion = typeof value === 'string' ? suggestName(value, allowed) : undefined;
      const hint =
        suggestion !== undefined
          ? `did you mean \`${suggestion}\`?`
          : `expected one of: ${allowed.join(', ')}`;
      return base(`${where} must be one of the allowed values, got ${describe(value)}`, hint);
    }
    case 'const':
      return base(
        `${where} must be ${JSON.stringify(error.params['allowedValue'])}, got ${describe(value)}`,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const range = rangeText(subschema);
      return base(`${where} must be ${range}, got ${describe(value)}`, subschema?.description);
    }
    case 'pattern':
      return base(
        `${where} has an invalid format: ${describe(value)}`,
        hintNearMiss(segments, value) ?? nearestDescription(error.schemaPath),
      );
    case 'minLength':
    case 'maxLength':
      return base(
        `${where} must be ${lengthText(subschema)} characters long, got ${typeof value === 'string' ? value.length : describe(value)}`,
        subschema?.description,
      );
    case 'minItems':
      return base(
        `${where} must list at least ${String(error.params['limit'])} item${error.params['limit'] === 1 ? '' : 's'}`,
        subschema?.description,
      );
    case 'maxProperties':
      return base(
        `${where} has ${Object.keys(value as object).length} entries, over the limit of ${String(error.params['limit'])}`,
        subschema?.description,
      );
    case 'minProperties':
      return base(
        `${where} must have at least ${String(error.params['limit'])} entr${error.params['limit'] === 1 ? 'y' : 'ies'}`,
        subschema?.description,
      );
    case 'uniqueItems': {
      const j = Number(error.params['j']);
      return base(
        `${where} lists ${describe((value as unknown[])[j])} more than once`,
        'remove the duplicate entry',
      );
    }
    default:
      return base(`${where} ${error.message ?? 'is invalid'}`, subschema?.description);
  }
}

interface SchemaNode {
  description?: string;
  properties?: Record<string, SchemaNode>;
  propertyNames?: { enum?: unknown[]; pattern?: string; maxLength?: number };
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

/**
 * The description of the schema node at `schemaPath` or of its nearest described ancestor:
 * list items (`aliases/items`) explain themselves through the list's description.
 */
function nearestDescription(schemaPath: string): string | undefined {
  let node: unknown = schema;
  let found: string | undefined;
  for (const segment of schemaPath.replace(/^#\//, '').split('/')) {
    if (node === null || typeof node !== 'object') break;
    const description = (node as SchemaNode).description;
    if (description !== undefined) found = description;
    node = (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return found;
}

function pathSegments(instancePath: string): string[] {
  if (instancePath === '') return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(data: unknown, segments: readonly string[]): unknown {
  let current = data;
  for (const segment of segments) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * The allowed name the user most likely meant: a case-insensitive match, a name that starts
 * with the input (`period` -> `period_in_days`) or the nearest by edit distance, if close.
 */
function suggestName(input: string, allowed: readonly string[]): string | undefined {
  if (allowed.length === 0 || input === '') return undefined;
  const lower = input.toLowerCase();
  const normalized = lower.replace(/[-\s]/g, '_');
  const exact = allowed.find((name) => {
    const candidate = name.toLowerCase();
    return candidate === lower || candidate === normalized;
  });
  if (exact !== undefined) return exact;
  const prefixed = allowed.filter((name) => name.toLowerCase().startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  const suggestion = closest(input, [...allowed]);
  return isCloseEnough(input, suggestion) ? suggestion : undefined;
}

function isCloseEnough(input: string, suggestion: string): boolean {
  const a = input.toLowerCase();
  const b = suggestion.toLowerCase();
  if (b.includes(a) || a.includes(b)) return true;
  return distance(a, b) <= Math.max(2, Math.floor(b.length / 3));
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number' && !Number.isFinite(value)) {
    return Number.isNaN(value) ? 'not-a-number (`.nan`)' : 'infinity (`.inf`)';
  }
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function article(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'integer':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    default:
      return `a ${type}`;
  }
}

function rangeText(schemaNode: SchemaNode | undefined): string {
  const { minimum, maximum } = schemaNode ?? {};
  if (minimum !== undefined && maximum !== undefined) return `between ${minimum} and ${maximum}`;
  if (minimum !== undefined) return `at least ${minimum}`;
  if (maximum !== undefined) return `at most ${maximum}`;
  return 'in range';
}

function lengthText(schemaNode: SchemaNode | undefined): string {
  const { minLength, maxLength } = schemaNode ?? {};
  if (minLength !== undefined && maxLength !== undefined) return `${minLength} to ${maxLength}`;
  if (minLength !== undefined) return `at least ${minLength}`;
  return `at most ${maxLength ?? 0}`;
}

function isAccountLike(segments: readonly string[]): boolean {
  return segments[0] === 'accounts' || segments.at(-1) === 'account';
}

/** The ending of an AWS service principal, which the schema refuses in principal names. */
const SERVICE_LIKE = /\.amazonaws\.com(\.cn)?$/;

function namingHint(segments: readonly string[], maxLength: number | undefined): string {
  const container = segments.at(-1);
  if (container === 'tags')
    return 'tag keys are 1..128 letters, digits, spaces and `_.:/=+-@`; `aws:` and `kms-action:` are reserved';
  const limit = maxLength === undefined ? '' : `, at most ${maxLength} characters`;
  return `names start with a letter or digit and contain only letters, digits, \`_\`, \`.\` and \`-\`${limit}`;
}

/** `keys.prod-s3.aliases[1]`: how a user would point at the value. */
function formatPath(segments: readonly string[]): string {
  return segments
    .map((segment, index) => {
      if (/^\d+$/.test(segment) && index > 0) return `[${segment}]`;
      const name = segment === '' ? '""' : segment;
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}
