/**
 * Attack: a line break inside manifest text (a key description written `description: |` or with
 * a YAML `\n` escape) became a real line of `plan`/`drift`/`apply` text: the renderer joined its
 * lines, split them again on LF and revealed the rest, so `::stop-commands::pwned` or a forged
 * `::error` started a line of the CI log. Each element is now one line, its LF shown as
 * [U+000A]; the policy diff, a block of several lines, stays several lines.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { renderPlanText } from '../../../core/render/render-plan-text.ts';
import { desiredFrom, liveState } from '../plan/plan-fixtures.ts';

const NOW = new Date('2026-11-30T12:00:00Z');

describe('renderPlanText', () => {
  it.each([false, true])(
    'shows a line break of a description inside its line (drift %s)',
    (drift) => {
      const desired = desiredFrom(`  s3:
    description: "S3 key\\n::stop-commands::pwned\\n  ::error file=kms.yaml,line=1::forged\\u2028x"
    policy: { users: [app] }
`);
      const text = renderPlanText(buildPlan(desired, liveState(desired, [])), { drift, now: NOW });
      expect(text).toContain(
        'S3 key[U+000A]::stop-commands::pwned[U+000A]  ::error file=kms.yaml,line=1::forged[U+2028]x',
      );
      expect(text).not.toMatch(/^\s*::/m);
      expect(text).not.toMatch(/[\r\u2028]/);
      // The new key's policy is still printed as a diff, one line per line.
      expect(text.match(/^ {8}\+ {2,}"Sid": /gm)?.length).toBeGreaterThan(1);
    },
  );
});
