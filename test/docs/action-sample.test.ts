import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../core/plan/build-plan.ts';
import { renderPlanMarkdown } from '../../core/render/render-plan-markdown.ts';
import { desiredFrom, keyNamed, liveFrom, liveState } from '../core/plan/plan-fixtures.ts';
import { renderGitHubMarkdown } from '../security/render-github-markdown.ts';

const POLICY = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Root',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'PartnerDecrypt',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::555566667777:root' },
      Action: 'kms:Decrypt',
      Resource: '*',
    },
  ],
};

/** The sample of docs/action.md: a new key shared with a partner account, an old key deleted. */
function samplePlanComment(): string {
  const desired = desiredFrom(`  payments:
    description: Payments data
    aliases: [alias/payments]
    policy:
      document: ${JSON.stringify(POLICY)}
  old:
    state: pending_deletion
    deletion_window_in_days: 7
`);
  const old = liveFrom(keyNamed(desired, 'old'), { state: 'Enabled', aliases: [] });
  return renderPlanMarkdown(buildPlan(desired, liveState(desired, [old])));
}

describe('docs/action.md', () => {
  it('shows the Markdown source of a pull request comment exactly as the plan renders it', () => {
    const doc = readFileSync('docs/action.md', 'utf8');
    const sample =
      /<!-- sample-plan-comment -->\n<!-- prettier-ignore -->\n`````markdown\n([\s\S]*?)`````\n/.exec(
        doc,
      )?.[1];
    expect(sample).toBe(samplePlanComment());
    expect(renderGitHubMarkdown(samplePlanComment()).stray).toEqual([]);
  });
});
