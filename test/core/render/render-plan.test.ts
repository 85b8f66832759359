import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { renderPlanJson } from '../../../core/render/render-plan-json.ts';
import { renderPlanMarkdown } from '../../../core/render/render-plan-markdown.ts';
import { renderPlanText } from '../../../core/render/render-plan-text.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from '../plan/plan-fixtures.ts';

/** A plan with every kind of risk, a policy change with an access diff, and hostile text. */
function samplePlan() {
  const desired = desiredFrom(`  app:
    description: "pwned <img src=x onerror=alert(1)> @octocat [click](http://evil) | ** \`\`\`"
    aliases: [alias/app]
    policy: { users: [app] }
  old:
    state: pending_deletion
`);
  const app = keyNamed(desired, 'app');
  const liveApp = liveFrom(app, {
    description: 'before',
    policy: {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Root',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    },
    state: 'Disabled',
  });
  const old = liveFrom(keyNamed(desired, 'old'), { state: 'Enabled' });
  return buildPlan(desired, liveState(desired, [liveApp, old]));
}

describe('plan renderers', () => {
  it('text: one block per key with Terraform symbols, the riskiest key first, access and policy diff', () => {
    const text = renderPlanText(samplePlan());
    expect(text).toContain(
      'Plan for acme/keys/kms.yaml: 4 changes: ~ 3 to update in place, - 1 to destroy; 2 safe, 1 disruptive, 1 destructive',
    );
    expect(text).toMatch(
      /~ app \(111122223333 us-east-1\) \[disruptive\]\n {4}~ key\.app \[safe\]\n {8}enable the key/,
    );
    expect(text).toContain(
      `        access: arn:aws:iam::${ACCOUNT}:role/app gains kms:Decrypt (yes)`,
    );
    expect(text).toContain('- old (111122223333 us-east-1) [destructive]');
    expect(text.indexOf('- old (')).toBeLessThan(text.indexOf('~ app ('));
    // In JSON the apply order is unchanged.
    expect(renderPlanJson(samplePlan()).changes.map((change) => change.address)).toEqual([
      'key.app',
      'key.app',
      'key.app',
      'key.old',
    ]);
  });

  it('text: says so when there is nothing to do', () => {
    const desired = desiredFrom('  app: {}\n');
    const plan = buildPlan(desired, liveState(desired, [liveFrom(keyNamed(desired, 'app'))]));
    expect(renderPlanText(plan)).toBe('No changes. The live keys match kms.yaml.\n');
  });

  it('markdown: destructive changes flagged at the top, untrusted text inert', () => {
    const markdown = renderPlanMarkdown(samplePlan());
    expect(markdown.indexOf('**Destructive changes**')).toBeLessThan(markdown.indexOf('<details>'));
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/(^|[^\\])\[click\]/);
    expect(markdown).not.toContain('@octocat');
    expect(markdown).toContain('&lt;img src\\=x onerror\\=alert\\(1\\)&gt;');
    expect(markdown).toMatchSnapshot();
  });

  it('json: the versioned contract with summary flags', () => {
    const json = renderPlanJson(samplePlan());
    expect(json.format_version).toBe(3);
    expect(json.summary).toMatchObject({
      changes: 4,
      has_changes: true,
      applyable: true,
      by_risk: { safe: 2, disruptive: 1, destructive: 1 },
    });
    expect(json.changes.map((change) => change.action)).toEqual([
      'enable',
      'update-policy',
      'update-description',
      'schedule-deletion',
    ]);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});
