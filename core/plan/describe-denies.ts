import type { Decision } from '../policy/evaluate-key-policy.ts';

/** Deciding Denies named in a message: a policy may hold hundreds, each message is per change. */
const DENIES_NAMED = 5;

/**
 * The deciding Denies (the first DENIES_NAMED, and how many more); one counted only because it
 * could not be decided says so.
 */
export function describeDenies(decision: Decision): string {
  const undecided = new Map<string, readonly string[]>();
  for (const entry of decision.undecided) {
    if (entry.effect === 'Deny' && !undecided.has(entry.statement))
      undecided.set(entry.statement, entry.because);
  }
  const named = decision.statements.slice(0, DENIES_NAMED).map((label) => {
    const because = undecided.get(label);
    return because === undefined
      ? `statement ${label}`
      : `statement ${label}, which counts as applying because ${because.map((name) => `\`${name}\``).join(', ')} cannot be decided at plan time`;
  });
  const more = decision.statements.length - named.length;
  return more > 0 ? `${named.join('; ')}; and ${String(more)} more` : named.join('; ');
}
