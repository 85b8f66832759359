import { UsageError } from '../errors.ts';
import type { SavedChange, SavedPlan } from './build-saved-plan.ts';
import type { ChangeAction, Risk } from './plan-types.ts';

/** Every action a change can have (a record, so a new action must be added here). */
const ACTIONS: Record<ChangeAction, true> = {
  create: true,
  adopt: true,
  retag: true,
  'update-description': true,
  'update-rotation': true,
  'update-policy': true,
  tag: true,
  enable: true,
  disable: true,
  'schedule-deletion': true,
  'cancel-deletion': true,
  'create-alias': true,
  retarget: true,
  'delete-alias': true,
  'create-grant': true,
  'revoke-grant': true,
  'create-replica': true,
};
const RISKS: Record<Risk, true> = { safe: true, disruptive: true, destructive: true };
const SHA256 = /^[0-9a-f]{64}$/;
const TOP = [
  'format_version',
  'kind',
  'tool_version',
  'manifest',
  'owner',
  'live_sha256',
  'targets',
  'changes',
];
const CHANGE = ['address', 'action', 'risk', 'summary', 'id'];
/** Far above any real plan; bounds the work on a hostile file. */
export const MAX_SAVED_CHANGES = 100_000;
const MAX_TEXT = 4096;
const MAX_SUMMARY = 65_536;

/**
 * Reads a saved plan strictly: exactly the fields of format 1, each of its type and within
 * bounds. A plan file is input like any other (it may have been edited or truncated on the
 * way): anything else is a `UsageError` naming the field, what it is, and what to do.
 */
export function parseSavedPlan(text: string, file: string): SavedPlan {
  const fail = (what: string): never => {
    throw new UsageError(
      `${file} is not a kms-action plan file of format 1: ${what}. Save the plan again with kms-action plan --out ${file}`,
    );
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`it is not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  const top = record(value, 'the document', fail);
  if (top['format_version'] !== 1)
    fail(`format_version must be 1, got ${shown(top['format_version'])}`);
  exactFields(top, TOP, 'the document', fail);
  if (top['kind'] !== 'kms-action-plan')
    fail(`kind must be "kms-action-plan", got ${shown(top['kind'])}`);
  const manifest = record(top['manifest'], 'manifest', fail);
  exactFields(manifest, ['path', 'sha256'], 'manifest', fail);
  const changes = top['changes'];
  if (!Array.isArray(changes)) return fail('changes must be a list');
  if (changes.length > MAX_SAVED_CHANGES)
    fail(
      `changes holds ${String(changes.length)} entries, more than the ${String(MAX_SAVED_CHANGES)} allowed`,
    );
  return {
    format_version: 1,
    kind: 'kms-action-plan',
    tool_version: text_(top['tool_version'], 'tool_version', MAX_TEXT, fail),
    manifest: {
      path: text_(manifest['path'], 'manifest.path', MAX_TEXT, fail),
      sha256: digest(manifest['sha256'], 'manifest.sha256', fail),
    },
    owner: text_(top['owner'], 'owner', MAX_TEXT, fail),
    live_sha256: digest(top['live_sha256'], 'live_sha256', fail),
    targets: targetsOf(top['targets'], fail),
    changes: changes.map((entry: unknown, index) =>
      savedChange(entry, `changes[${String(index)}]`, fail),
    ),
  };
}

/** Logical key names as the schema allows them (`keys.propertyNames`), at most 5,000. */
const KEY_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;
const MAX_TARGETS = 5000;

function targetsOf(value: unknown, fail: (what: string) => never): string[] | null {
  if (value === null) return null;
  if (!Array.isArray(value) || value.length > MAX_TARGETS)
    return fail(`targets must be null or a list of at most ${String(MAX_TARGETS)} key names`);
  return value.map((name: unknown, index) => {
    if (typeof name !== 'string' || !KEY_NAME.test(name))
      fail(`targets[${String(index)}] must be a logical key name`);
    return name;
  });
}

function savedChange(value: unknown, where: string, fail: (what: string) => never): SavedChange {
  const entry = record(value, where, fail);
  exactFields(entry, CHANGE, where, fail);
  const action = text_(entry['action'], `${where}.action`, MAX_TEXT, fail);
  if (!Object.hasOwn(ACTIONS, action))
    fail(`${where}.action is not a known action: ${JSON.stringify(action)}`);
  const risk = text_(entry['risk'], `${where}.risk`, MAX_TEXT, fail);
  if (!Object.hasOwn(RISKS, risk))
    fail(`${where}.risk must be safe, disruptive or destructive, got ${JSON.stringify(risk)}`);
  return {
    address: text_(entry['address'], `${where}.address`, MAX_TEXT, fail),
    action: action as ChangeAction,
    risk: risk as Risk,
    summary: text_(entry['summary'], `${where}.summary`, MAX_SUMMARY, fail),
    id: digest(entry['id'], `${where}.id`, fail),
  };
}

function record(
  value: unknown,
  where: string,
  fail: (what: string) => never,
): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(`${where} must be an object`);
  return value as Record<string, unknown>;
}

function exactFields(
  value: Record<string, unknown>,
  fields: readonly string[],
  where: string,
  fail: (what: string) => never,
): void {
  const unknown = Object.keys(value).filter((field) => !fields.includes(field));
  if (unknown.length > 0) fail(`${where} has unknown field ${JSON.stringify(unknown[0])}`);
  const missing = fields.filter((field) => !Object.hasOwn(value, field));
  if (missing.length > 0) fail(`${where} lacks ${missing.join(', ')}`);
}

function text_(value: unknown, where: string, max: number, fail: (what: string) => never): string {
  if (typeof value !== 'string' || value === '') return fail(`${where} must be a non-empty string`);
  if (value.length > max)
    fail(`${where} is ${String(value.length)} characters long, more than ${String(max)}`);
  return value;
}

function digest(value: unknown, where: string, fail: (what: string) => never): string {
  if (typeof value !== 'string' || !SHA256.test(value))
    return fail(`${where} must be a SHA-256 in lowercase hex (64 characters)`);
  return value;
}

/** A value as JSON for a message; `undefined` (a missing field) as `nothing`. */
function shown(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 100);
}
