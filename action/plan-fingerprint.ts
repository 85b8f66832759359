/**
 * The fingerprint a plan comment carries, so apply can tell what the reviewers saw: the base
 * commit, the manifest's SHA-256, a digest of the live state the plan was computed from, and
 * a digest of the destructive changes it showed. Fixed size whatever the plan: a plan with
 * thousands of destructive changes still fits in a comment. It is the second line of the
 * plan comment, right after the marker, as a hidden HTML comment.
 */
import { createHash } from 'node:crypto';
import type { LiveState } from '../core/plan/live-state.ts';
import type { Change, Plan } from '../core/plan/plan-types.ts';
import { inlineCode } from '../core/render/escape-markdown.ts';

export interface PlanFingerprint {
  version: 2;
  /** Commit the pull request was planned against (its base). */
  base: string;
  /** SHA-256 of the manifest file, hex. */
  manifest: string;
  /** SHA-256 of the live state read, canonical JSON, hex. */
  live: string;
  /** SHA-256 of the destructive changes the plan showed (see `digestDestructiveChanges`), hex. */
  destructive: string;
  /** How many destructive changes the plan showed. */
  destructiveCount: number;
}

const PREFIX = '<!-- kms-action-fingerprint ';
const SUFFIX = ' -->';
const SHA256 = /^[0-9a-f]{64}$/;
const COMMIT = /^[0-9a-f]{0,64}$/;
/** Fields of a change that describe it for readers, not what it does. */
const RENDERING = new Set(['note', 'risk', 'policyDiff', 'access']);

export function computeFingerprint(input: {
  base: string;
  manifestSha256: string;
  live: LiveState;
  plan: Plan;
}): PlanFingerprint {
  return {
    version: 2,
    base: input.base,
    manifest: input.manifestSha256,
    live: digestLiveState(input.live),
    destructive: digestDestructiveChanges(input.plan.changes),
    destructiveCount: destructiveChanges(input.plan.changes).length,
  };
}

/** `<address> <action>` of every destructive change, sorted: for messages. */
export function destructiveChanges(changes: readonly Change[]): string[] {
  return changes
    .filter((change) => change.risk === 'destructive')
    .map((change) => `${change.address} ${change.action}`)
    .sort();
}

/**
 * SHA-256 over the destructive changes: each change as canonical JSON of what it does
 * (address, action, account, Region, key id, grant id, before and after values), without
 * its rendering (note, risk, policy diff, access diff), one per line, lines sorted. Two
 * plans get the same digest exactly when they make the same destructive changes.
 */
export function digestDestructiveChanges(changes: readonly Change[]): string {
  const lines = changes
    .filter((change) => change.risk === 'destructive')
    .map((change) => {
      const essence = Object.fromEntries(
        Object.entries(change).filter(([field]) => !RENDERING.has(field)),
      );
      return canonicalJson(essence);
    })
    .sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** SHA-256 of the live state as canonical JSON (object keys sorted at every level). */
export function digestLiveState(live: LiveState): string {
  return createHash('sha256').update(canonicalJson(live)).digest('hex');
}

/** The hidden line (second line of the plan comment) and a visible line for its end. */
export function renderFingerprint(fingerprint: PlanFingerprint): {
  hidden: string;
  visible: string;
} {
  return {
    hidden: `${PREFIX}${JSON.stringify(fingerprint)}${SUFFIX}`,
    visible: `<sub>Plan fingerprint: base ${inlineCode(fingerprint.base.slice(0, 12) || 'none')} · manifest sha256 ${inlineCode(fingerprint.manifest.slice(0, 12))} · live state ${inlineCode(fingerprint.live.slice(0, 12))} · ${fingerprint.destructiveCount} destructive change${fingerprint.destructiveCount === 1 ? '' : 's'} ${inlineCode(fingerprint.destructive.slice(0, 12))}</sub>`,
  };
}

/**
 * The fingerprint on the second line of a plan comment body (the first is the marker), or
 * `undefined` when it is missing or malformed: then apply treats the plan as unreviewed.
 */
export function parseFingerprint(body: string): PlanFingerprint | undefined {
  const line = body.split('\n', 2)[1]?.replace(/\r$/, '');
  if (line === undefined || !line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line.slice(PREFIX.length, line.length - SUFFIX.length));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const candidate = value as Record<string, unknown>;
  const { base, manifest, live, destructive, destructiveCount } = candidate;
  if (
    candidate['version'] !== 2 ||
    typeof base !== 'string' ||
    !COMMIT.test(base) ||
    typeof manifest !== 'string' ||
    !SHA256.test(manifest) ||
    typeof live !== 'string' ||
    !SHA256.test(live) ||
    typeof destructive !== 'string' ||
    !SHA256.test(destructive) ||
    typeof destructiveCount !== 'number' ||
    !Number.isSafeInteger(destructiveCount) ||
    destructiveCount < 0
  )
    return undefined;
  return { version: 2, base, manifest, live, destructive, destructiveCount };
}

function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
    return Object.fromEntries(
      Object.entries(entry as Record<string, unknown>).sort(([a], [b]) =>
        a < b ? -1 : a > b ? 1 : 0,
      ),
    );
  });
}
