/**
 * The fingerprint a plan comment carries, so apply can tell what the reviewers saw: the base
 * commit, the manifest's SHA-256, a digest of the live state the plan was computed from, and
 * the destructive changes it showed. Written into the comment as a hidden HTML comment.
 */
import { createHash } from 'node:crypto';
import type { LiveState } from '../core/plan/live-state.ts';
import type { Change, Plan } from '../core/plan/plan-types.ts';
import { inlineCode } from '../core/render/escape-markdown.ts';

export interface PlanFingerprint {
  version: 1;
  /** Commit the pull request was planned against (its base). */
  base: string;
  /** SHA-256 of the manifest file, hex. */
  manifest: string;
  /** SHA-256 of the live state read, canonical JSON, hex. */
  live: string;
  /** `<address> <action>` of every destructive change the plan showed. */
  destructive: string[];
}

const PREFIX = '<!-- kms-action-fingerprint ';
const SUFFIX = ' -->';

export function computeFingerprint(input: {
  base: string;
  manifestSha256: string;
  live: LiveState;
  plan: Plan;
}): PlanFingerprint {
  return {
    version: 1,
    base: input.base,
    manifest: input.manifestSha256,
    live: digestLiveState(input.live),
    destructive: destructiveChanges(input.plan.changes),
  };
}

export function destructiveChanges(changes: readonly Change[]): string[] {
  return changes
    .filter((change) => change.risk === 'destructive')
    .map((change) => `${change.address} ${change.action}`)
    .sort();
}

/** SHA-256 of the live state as canonical JSON (object keys sorted at every level). */
export function digestLiveState(live: LiveState): string {
  return createHash('sha256').update(canonicalJson(live)).digest('hex');
}

/** The hidden comment plus a visible line, for the end of the plan comment. */
export function renderFingerprint(fingerprint: PlanFingerprint): string {
  // `-` inside JSON strings as \u002d: the HTML comment cannot be closed by `-->` in a name.
  const json = JSON.stringify(fingerprint).replace(/-/g, '\\u002d');
  return [
    `<sub>Plan fingerprint: base ${inlineCode(fingerprint.base.slice(0, 12) || 'none')} · manifest sha256 ${inlineCode(fingerprint.manifest.slice(0, 12))} · live state ${inlineCode(fingerprint.live.slice(0, 12))}</sub>`,
    `${PREFIX}${json}${SUFFIX}`,
  ].join('\n');
}

/** The fingerprint in a comment body, or `undefined` when there is none or it is malformed. */
export function parseFingerprint(body: string): PlanFingerprint | undefined {
  const start = body.lastIndexOf(PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(SUFFIX, start + PREFIX.length);
  if (end < 0) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(body.slice(start + PREFIX.length, end));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const candidate = value as Record<string, unknown>;
  const { base, manifest, live, destructive } = candidate;
  if (
    candidate['version'] !== 1 ||
    typeof base !== 'string' ||
    typeof manifest !== 'string' ||
    typeof live !== 'string' ||
    !Array.isArray(destructive) ||
    !destructive.every((entry): entry is string => typeof entry === 'string')
  )
    return undefined;
  return { version: 1, base, manifest, live, destructive };
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
