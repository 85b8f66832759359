import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { ManifestProblem } from '../../../core/manifest/types.ts';

/*
 * Seeded fuzzing of the manifest front door. Every case is built from its own 32-bit case
 * seed, so a failure names the seed and `FUZZ_CASE=<seed>` replays exactly that case;
 * `FUZZ_SEED=<n>` runs a different (still deterministic) batch.
 */

const OPTIONS = { repository: 'acme/kms', manifestPath: 'kms.yaml' };
const RUN_SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_129);
const ONLY_CASE =
  process.env['FUZZ_CASE'] === undefined ? undefined : Number(process.env['FUZZ_CASE']);
const TEXT_CASES_PER_BASE = 1_100;
const STRUCTURE_CASES_PER_BASE = 500;

const EXAMPLE = readFileSync(new URL('../../../examples/kms.yaml', import.meta.url), 'utf8');
/** A second valid manifest that uses the fields the example does not. */
const RICH = `version: 1
defaults:
  account: production
  region: us-east-1
  environment: production
  rotation: { enabled: true, period_in_days: 365 }
  deletion_window_in_days: 30
  tags: { ManagedBy: kms-action }
  key_usage: ENCRYPT_DECRYPT
  policy:
    admins: [kms-admin]
    require_mfa_for: [ScheduleKeyDeletion, DisableKey]
accounts: { production: '111122223333', staging: '444455556666' }
principals:
  kms-admin: arn:aws:iam::111122223333:role/kms-admin
  ebs-role: arn:aws:iam::111122223333:role/ebs
  partner: arn:aws:iam::222222222222:role/AppRole
lint:
  rules: { rotation-period: warning, shared-key: off }
  environments:
    staging: { rules: { deletion-window: notice } }
keys:
  ebs: &ebs-key
    service: ebs
    description: "EBS volumes: production"
    aliases: [alias/prod/ebs, alias/ebs-default]
    state: enabled
    multi_region: true
    replicas: [eu-west-1]
    policy:
      users: [ebs-role]
      via_service: [ec2]
      encryption_context: { 'aws:ebs:id': vol }
      cross_account:
        - principal: partner
          actions: [Decrypt, DescribeKey]
    grants:
      - name: ebs-attach
        grantee: ebs-role
        retiring_principal: kms-admin
        operations: [Decrypt, CreateGrant]
        encryption_context_subset: { team: storage }
    lint_ignore:
      - { rule: cross-account-access, reason: partner reads backups }
  signer:
    account: staging
    key_spec: ECC_NIST_P256
    key_usage: SIGN_VERIFY
    rotation: { enabled: false }
    deletion_window_in_days: 7
    bypass_policy_lockout_safety_check: false
    policy:
      document:
        Version: '2012-10-17'
        Statement:
          - Sid: Root
            Effect: Allow
            Principal: { AWS: 'arn:aws:iam::444455556666:root' }
            Action: 'kms:*'
            Resource: '*'
  legacy:
    adopt: arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab
    tags: { Owner: "platform team" }
`;
const BASES = [
  { name: 'examples/kms.yaml', text: EXAMPLE },
  { name: 'rich manifest', text: RICH },
];

/** mulberry32: small, fast, good enough to pick mutations. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

const SNIPPETS = [
  ':',
  ': ',
  '"',
  "'",
  '&a ',
  '*a',
  '*nope',
  '- ',
  '{',
  '}',
  '[',
  ']',
  '#',
  '!!set ',
  '!!binary ',
  '!custom ',
  '? ',
  '|',
  '>',
  '%',
  '@',
  '`',
  ',',
  '---',
  '...',
  '<<: ',
  '\t',
  '\\',
  '~',
  'null',
  ' # comment',
  '&anchor [',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u0000',
  'alias/aws/x',
  '123456789012',
  '.inf',
  '.nan',
  '0x1F',
  '1e400',
  '-0',
  '__proto__',
  'constructor',
  'toString',
];
const VALUES: unknown[] = [
  42,
  -1,
  0,
  1.5,
  99_999,
  3000,
  30,
  5,
  31,
  '',
  'text',
  '365',
  true,
  false,
  null,
  [],
  {},
  [1, 2],
  { nested: { deep: true } },
  'alias/aws/s3',
  'arn:aws:iam::1:role/x',
  '111122223333',
  111_122_223_333,
  'us-east-99',
  'pending-deletion',
  'RSA2048',
  'constructor',
  'toString',
  '__proto__',
  'kms-admin',
  ['alias/dup', 'alias/dup'],
  'a'.repeat(300),
  { document: {}, admins: [] },
];
const FIELD_NAMES = [
  'aliasses',
  'period_days',
  'admin',
  'operation',
  'rule',
  'reason',
  'extra',
  'Tags',
  'keys',
  'version',
  'document',
  'adopt',
  'replicas',
  'multi_region',
  '',
  ' ',
  'aws:tag',
  'kms-action:key',
];

type Content = string | Uint8Array;
interface Case {
  content: Content;
  log: string[];
}

/** Line-level damage: what a hurried edit, a bad merge or a wrong editor setting does. */
function mutateText(text: string, dice: Dice): Case {
  let lines = text.split('\n');
  const log: string[] = [];
  let bytes: Uint8Array | undefined;
  const steps = 1 + dice.int(3);
  for (let step = 0; step < steps; step += 1) {
    const at = dice.int(lines.length);
    const line = lines[at] ?? '';
    switch (dice.int(11)) {
      case 0:
        lines.splice(at, 1);
        log.push(`delete line ${at + 1}`);
        break;
      case 1:
        lines.splice(at, 0, line);
        log.push(`duplicate line ${at + 1}`);
        break;
      case 2: {
        const other = dice.chance(0.5)
          ? Math.min(lines.length - 1, at + 1)
          : dice.int(lines.length);
        lines[at] = lines[other] ?? '';
        lines[other] = line;
        log.push(`swap lines ${at + 1} and ${other + 1}`);
        break;
      }
      case 3: {
        const shift = dice.int(5) - 2;
        lines[at] = shift >= 0 ? ' '.repeat(shift + 1) + line : line.slice(-shift);
        log.push(`indent line ${at + 1} by ${shift >= 0 ? shift + 1 : shift}`);
        break;
      }
      case 4:
        lines[at] = dice.chance(0.5) ? `\t${line.trimStart()}` : line.replace(/^ {2}/, '\t');
        log.push(`tab-indent line ${at + 1}`);
        break;
      case 5:
      case 6: {
        const snippet = dice.pick(SNIPPETS);
        const column = dice.int(line.length + 1);
        lines[at] = line.slice(0, column) + snippet + line.slice(column);
        log.push(`insert ${JSON.stringify(snippet)} at ${at + 1}:${column + 1}`);
        break;
      }
      case 7: {
        // Flip the type of a value: `key: value` -> `key: <other YAML type>`.
        const flipped = line.replace(
          /: .*$/,
          `: ${dice.pick(['42', '"42"', 'true', '~', '[]', '{}', '[a, b]', '{ a: 1 }', '-7', '2561', '1.5', 'yes'])}`,
        );
        lines[at] = flipped;
        log.push(`flip value type on line ${at + 1}`);
        break;
      }
      case 8: {
        const cut = dice.int(text.length);
        lines = lines.join('\n').slice(0, cut).split('\n');
        log.push(`truncate at offset ${cut}`);
        break;
      }
      case 9: {
        const source = dice.int(lines.length);
        const length = 1 + dice.int(6);
        lines.splice(at, 0, ...lines.slice(source, source + length));
        log.push(`copy ${length} lines from ${source + 1} to ${at + 1}`);
        break;
      }
      default: {
        const encoded = new TextEncoder().encode(lines.join('\n'));
        const position = dice.int(encoded.length + 1);
        const noise = Array.from({ length: 1 + dice.int(4) }, () => dice.int(256));
        bytes = new Uint8Array([
          ...encoded.subarray(0, position),
          ...noise,
          ...encoded.subarray(position),
        ]);
        log.push(`insert bytes ${noise.join(',')} at offset ${position}`);
        lines = [];
        break;
      }
    }
    if (bytes !== undefined) break;
  }
  return { content: bytes ?? lines.join('\n'), log };
}

/** Data-level damage: a wrong value or field somewhere in the parsed manifest, re-serialized. */
function mutateStructure(text: string, dice: Dice): Case {
  const data = parse(text) as unknown;
  const log: string[] = [];
  const steps = 1 + dice.int(2);
  for (let step = 0; step < steps; step += 1) {
    // Walk down a random path, stopping at a random depth.
    let container = data as Record<string, unknown> | unknown[];
    const path: string[] = [];
    for (;;) {
      const entries = Object.keys(container);
      if (entries.length === 0) break;
      const field = dice.pick(entries);
      const child = (container as Record<string, unknown>)[field];
      if (child === null || typeof child !== 'object' || dice.chance(0.3)) {
        applyStructureChange(container, field, dice, [...path, field], log);
        break;
      }
      path.push(field);
      container = child as Record<string, unknown> | unknown[];
    }
  }
  return { content: stringify(data), log };
}

function applyStructureChange(
  container: Record<string, unknown> | unknown[],
  field: string,
  dice: Dice,
  path: string[],
  log: string[],
): void {
  const record = container as Record<string, unknown>;
  const where = path.join('.');
  switch (dice.int(6)) {
    case 0:
    case 1: {
      const value = dice.pick(VALUES);
      record[field] = structuredClone(value);
      log.push(`set ${where} = ${JSON.stringify(value)}`);
      break;
    }
    case 2: {
      const current = record[field];
      const value =
        typeof current === 'number' ? current * (dice.int(40) - 10) : dice.int(10_000) - 100;
      record[field] = value;
      log.push(`set number ${where} = ${value}`);
      break;
    }
    case 3: {
      if (Array.isArray(container)) container.splice(Number(field), 1);
      else Reflect.deleteProperty(record, field);
      log.push(`delete ${where}`);
      break;
    }
    case 4: {
      const name = dice.pick(FIELD_NAMES);
      if (!Array.isArray(container)) record[name] = structuredClone(dice.pick(VALUES));
      log.push(`add field ${name} next to ${where}`);
      break;
    }
    default: {
      // Copy the entry under a new name: duplicate aliases, adoptions and grant names follow.
      if (!Array.isArray(container)) record[`${field}-copy`] = structuredClone(record[field]);
      else container.push(structuredClone(container[Number(field)]));
      log.push(`copy ${where}`);
      break;
    }
  }
}

interface Failure {
  caseSeed: number;
  base: string;
  log: string[];
  reason: string;
}

/** Runs one case: `valid`, `invalid`, or what is wrong with the outcome. */
function check(content: Content): 'valid' | 'invalid' | { reason: string } {
  let result: ReturnType<typeof readManifest>;
  try {
    result = readManifest('kms.yaml', content, OPTIONS);
  } catch (error) {
    const thrown = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { reason: `readManifest threw: ${thrown}` };
  }
  if (result.ok) return 'valid';
  const reason = problemDefect(result.problems, content);
  return reason === undefined ? 'invalid' : { reason };
}

function problemDefect(problems: readonly ManifestProblem[], content: Content): string | undefined {
  if (problems.length === 0) return 'ok:false without a problem';
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (const problem of problems) {
    const located = `${problem.line}:${problem.column} ${problem.message}`;
    if (problem.message.trim() === '') return `empty message at ${located}`;
    if (/undefined|\[object Object\]/.test(`${problem.message} ${problem.hint ?? ''}`)) {
      return `internal text in "${located}" (${problem.hint ?? ''})`;
    }
    if (!Number.isInteger(problem.line) || problem.line < 1 || problem.line > lines.length) {
      return `line out of range (file has ${lines.length} lines): ${located}`;
    }
    const lineLength = lines[problem.line - 1]?.length ?? 0;
    if (
      !Number.isInteger(problem.column) ||
      problem.column < 1 ||
      problem.column > lineLength + 1
    ) {
      return `column out of range (line has ${lineLength} characters): ${located}`;
    }
  }
  return undefined;
}

function caseSeeds(baseIndex: number, count: number, salt: number): number[] {
  if (ONLY_CASE !== undefined) return [ONLY_CASE];
  const dice = new Dice(random(RUN_SEED ^ (baseIndex * 0x9e3779b1) ^ salt));
  return Array.from({ length: count }, () => Math.floor(dice.next() * 4_294_967_296));
}

function report(failures: readonly Failure[], total: number): string {
  const shown = failures
    .slice(0, 5)
    .map(
      (failure) =>
        `- case ${failure.caseSeed} on ${failure.base} [${failure.log.join('; ')}]: ${failure.reason}\n` +
        `  replay: FUZZ_SEED=${RUN_SEED} FUZZ_CASE=${failure.caseSeed} npx vitest run --project unit test/core/manifest/fuzz-manifest.test.ts`,
    );
  return `${failures.length} of ${total} cases failed (run seed ${RUN_SEED}):\n${shown.join('\n')}`;
}

describe('fuzzing readManifest with mutated valid manifests', () => {
  it('starts from manifests that are valid', () => {
    for (const base of BASES) {
      expect(readManifest(base.name, base.text, OPTIONS).ok, base.name).toBe(true);
    }
  });

  for (const [kind, count, salt, mutate] of [
    ['text', TEXT_CASES_PER_BASE, 0x51ed, mutateText],
    ['structure', STRUCTURE_CASES_PER_BASE, 0x7a11, mutateStructure],
  ] as const) {
    it(`never throws and always locates the problem (${kind} mutations)`, () => {
      const failures: Failure[] = [];
      let total = 0;
      let invalid = 0;
      for (const [baseIndex, base] of BASES.entries()) {
        for (const caseSeed of caseSeeds(baseIndex, count, salt)) {
          const { content, log } = mutate(base.text, new Dice(random(caseSeed)));
          total += 1;
          const outcome = check(content);
          if (outcome === 'invalid') invalid += 1;
          else if (outcome !== 'valid')
            failures.push({ caseSeed, base: base.name, log, ...outcome });
        }
      }

      expect(failures, report(failures, total)).toEqual([]);
      // The mutations must mostly break the manifest, or the fuzzer proves little.
      if (ONLY_CASE === undefined) expect(invalid / total).toBeGreaterThan(0.5);
    }, 60_000);
  }
});
