import { isCollection, isScalar, parseDocument, visit } from 'yaml';
import { MAX_YAML_NODES } from '../core/manifest/inspect-yaml-structure.ts';
import { MAX_MANIFEST_BYTES } from '../core/manifest/manifest-too-large-problem.ts';
import { generateManifest } from './generate-manifest.ts';

/**
 * Valid manifests that cost the most to validate while staying under the 1 MiB limit, each
 * with as many keys as the 5,000-key cap and the 100,000-value cap allow: the candidates
 * `npm run bench` measures (the most expensive is named in README "Performance").
 */
export interface WorstValidManifest {
  label: string;
  /** Built on demand: the measurement of one must not carry the others in its figures. */
  text: () => string;
}

const KEYS = 5000;

function header(account: string): string {
  return [
    'version: 1',
    'defaults:',
    `  account: "${account}"`,
    '  region: us-east-1',
    '  environment: staging',
    '  policy: { admins: [kms-admin] }',
    'principals:',
    `  kms-admin: arn:aws:iam::${account}:role/kms-admin`,
    'keys:',
    '',
  ].join('\n');
}

function name(index: number): string {
  return `k${String(index).padStart(4, '0')}`;
}

/** YAML values of `text` (scalars, lists and mappings, mapping keys included), as the loader counts them. */
function valuesOf(text: string): number {
  let count = 0;
  visit(parseDocument(text), (_, node) => {
    if (isScalar(node) || isCollection(node)) count += 1;
  });
  return count;
}

/** As many keys (at most 5,000) as fit under the byte and value limits, one line each. */
function fill(account: string, line: (key: string) => string): string {
  const lines = [header(account)];
  let bytes = lines[0]?.length ?? 0;
  let values = valuesOf(lines[0] ?? '');
  // Every line has the same values; a margin for the keys mapping itself.
  const perLine = valuesOf(line(name(0)));
  for (let index = 0; index < KEYS; index += 1) {
    const next = line(name(index));
    bytes += new TextEncoder().encode(next).byteLength;
    values += perLine;
    if (bytes > MAX_MANIFEST_BYTES || values > MAX_YAML_NODES - 10) break;
    lines.push(next);
  }
  return lines.join('');
}

/** Each key a raw `policy.document` (flow style) of a root and a user statement. */
function rawPolicies(account: string): string {
  return fill(
    account,
    (key) =>
      `  ${key}: { service: ${key}, policy: { document: { Version: "2012-10-17", Statement: [{ Sid: R, Effect: Allow, Principal: { AWS: "arn:aws:iam::${account}:root" }, Action: "kms:*", Resource: "*" }, { Sid: U, Effect: Allow, Principal: { AWS: "arn:aws:iam::${account}:role/${key}" }, Action: [kms:Decrypt, kms:Encrypt], Resource: "*", Condition: { StringEquals: { "kms:ViaService": s3.us-east-1.amazonaws.com } } }] } } }\n`,
  );
}

/**
 * Each key a raw policy whose Sids and condition keys are its own, so that no two keys share
 * a policy shape: lint evaluates every one (and stops at its work budget).
 */
function distinctPolicies(account: string): string {
  return fill(
    account,
    (key) =>
      `  ${key}: { service: ${key}, policy: { document: { Version: "2012-10-17", Statement: [{ Sid: R${key}, Effect: Allow, Principal: { AWS: "arn:aws:iam::${account}:root" }, Action: "kms:*", Resource: "*" }, { Sid: U${key}, Effect: Allow, Principal: { AWS: ["arn:aws:iam::${account}:role/a${key}", "arn:aws:iam::${account}:role/b${key}"] }, Action: [kms:Decrypt, kms:Encrypt], Resource: "*", Condition: { StringEquals: { "kms:EncryptionContext:${key}": x, "kms:ViaService": s3.us-east-1.amazonaws.com } } }, { Sid: G${key}, Effect: Deny, Principal: "*", Action: [kms:ScheduleKeyDeletion, kms:DisableKey], Resource: "*", Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } } }] } } }\n`,
  );
}

/** Each key a grant with operations and an encryption context constraint. */
function grants(account: string): string {
  return fill(
    account,
    (key) =>
      `  ${key}: { service: ${key}, aliases: [alias/${key}], policy: { users: ["arn:aws:iam::${account}:role/${key}"], encryption_context: { app: ${key} } }, grants: [{ name: g-${key}, grantee: "arn:aws:iam::${account}:role/g${key}", operations: [Decrypt, Encrypt, GenerateDataKey], encryption_context_subset: { app: ${key} } }] }\n`,
  );
}

/** Each key as many short values as the value cap allows: users, aliases and tags. */
function manyValues(account: string): string {
  return fill(
    account,
    (key) =>
      `  ${key}: { service: ${key}, aliases: [alias/${key}, alias/${key}b], tags: { a: ${key}, b: x, c: y }, policy: { users: ["arn:aws:iam::${account}:role/${key}", "arn:aws:iam::${account}:role/${key}b"], via_service: [s3, rds], encryption_context: { a: ${key} } } }\n`,
  );
}

/**
 * One `key_templates` entry generating all 5,000 keys, its body as rich as the generated-text
 * and value caps allow: the text is small, the expanded manifest is not.
 */
function template(account: string): string {
  const entries = Array.from({ length: KEYS - 1 }, (_, index) => name(index));
  return [
    header(account).replace('keys:\n', ''),
    'key_templates:',
    '  fleet:',
    `    for_each: [${entries.join(', ')}]`,
    '    name: "${each.key}"',
    '    key:',
    '      service: "${each.key}"',
    `      description: "${'d'.repeat(1200)} \${each.key}"`,
    '      aliases: ["alias/${each.key}", "alias/${each.key}-b"]',
    '      tags: { App: "${each.key}" }',
    '      policy:',
    `        users: ["arn:aws:iam::${account}:role/app"]`,
    'keys:',
    '  written: { service: written }',
    '',
  ].join('\n');
}

/** The realistic block-style manifest of `generateManifest` with as many keys as fit. */
function blockStyle(account: string): string {
  const bytes = (text: string): number => new TextEncoder().encode(text).byteLength;
  // Lines grow with the index: start from the proportional count, then step down.
  let count = Math.floor((KEYS * MAX_MANIFEST_BYTES) / bytes(generateManifest(KEYS, account)));
  let text = generateManifest(count, account);
  while (bytes(text) > MAX_MANIFEST_BYTES) {
    count -= 10;
    text = generateManifest(count, account);
  }
  return text;
}

export function generateWorstValidManifests(account = '111122223333'): WorstValidManifest[] {
  const checked = (label: string, build: (account: string) => string): WorstValidManifest => ({
    label,
    text: () => {
      const text = build(account);
      const bytes = new TextEncoder().encode(text).byteLength;
      if (bytes > MAX_MANIFEST_BYTES) throw new Error(`${label}: ${bytes} bytes, over the limit`);
      return text;
    },
  });
  return [
    checked('keys each with a raw policy document', rawPolicies),
    checked('keys each with a grant and a user', grants),
    checked('keys of many short values', manyValues),
    checked('5,000 keys, 4,999 from one key template', template),
    checked('realistic keys in block style (bench/generate-manifest.ts)', blockStyle),
    checked('keys each with a raw policy sharing no shape', distinctPolicies),
  ];
}
