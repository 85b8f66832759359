import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { buildAccessMatrix } from '../../../core/policy/build-access-matrix.ts';
import { renderAccessTable } from '../../../core/render/render-access-table.ts';
import { renderPlanMarkdown } from '../../../core/render/render-plan-markdown.ts';
import { renderPlanText } from '../../../core/render/render-plan-text.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from '../plan/plan-fixtures.ts';

const OU = 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/';

/** The policy update of a key whose live policy is the one generated without `organization`. */
function planAdding(organization: string) {
  const before = desiredFrom(`  app:\n    policy: { users: [app] }\n`);
  const after = desiredFrom(
    `  app:\n    policy: { users: [app], organization: ${organization} }\n`,
  );
  const live = liveFrom(keyNamed(after, 'app'), {
    policy: keyNamed(before, 'app').policy?.document,
  });
  return buildPlan(after, liveState(after, [live]));
}

describe('an organisation in the access diff and the access matrix', () => {
  it.each([
    ['o-a1b2c3d4e5', 'organization o-a1b2c3d4e5', 'anyone in organization o-a1b2c3d4e5'],
    [`{ paths: [${OU}] }`, `organization ${OU}*`, `anyone in organizational unit ${OU}*`],
  ])('organization: %s', (written, row, words) => {
    const plan = planAdding(written);
    const change = plan.changes.find((candidate) => candidate.action === 'update-policy');
    expect(change?.action).toBe('update-policy');
    if (change?.action !== 'update-policy') return;
    // The organisation gains; `*` (anyone at all) gains nothing.
    expect(change.access).toContainEqual(
      expect.objectContaining({ principal: row, action: 'kms:Decrypt', change: 'gains' }),
    );
    expect(change.access.filter((access) => access.principal === '*')).toEqual([]);
    expect(change.widens).toContainEqual(expect.objectContaining({ kind: 'organization' }));
    expect(renderPlanText(plan)).toContain(`access: ${words} gains kms:Decrypt`);
    expect(renderPlanMarkdown(plan)).toContain(words);
  });

  it('the access table names the organisation, apart from `*`', () => {
    const desired = desiredFrom(
      `  app:\n    policy: { users: [app], organization: o-a1b2c3d4e5 }\n`,
    );
    const key = keyNamed(desired, 'app');
    const document = key.policy?.document;
    if (document === undefined) throw new Error('no policy');
    const text = renderAccessTable([
      {
        key: 'app',
        account: ACCOUNT,
        region: 'us-east-1',
        entries: buildAccessMatrix(document, { account: ACCOUNT }),
      },
    ]);
    // Its members in other accounts need an IAM policy there too (P).
    expect(text).toMatch(/^anyone in organization o-a1b2c3d4e5 +\?P /m);
    expect(text).toMatch(/^\* \(anyone\) +✗/m);
  });
});
