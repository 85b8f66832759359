/**
 * A hostile pull request can add a keep rule for a principal it controls while no grant to it
 * exists yet: the plan then keeps nothing, so the kept-grants warning never shows, and once
 * merged a grant made to that principal out of band is never revoked, not even with
 * `--allow-destructive` (and the Action never sees it as a change). The rule is risky on its
 * own: the plan warns, outside the collapsed lists, about every keep rule whose grantee is
 * not one AWS operates for the key's account, whether or not it keeps a grant today, showing
 * the principal's ARN even when the rule names it through `principals:`.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { renderPlanMarkdown } from '../../../core/render/render-plan-markdown.ts';
import { renderPlanText } from '../../../core/render/render-plan-text.ts';
import { renderGitHubMarkdown } from '../../security/render-github-markdown.ts';
import { ACCOUNT, desiredFrom, liveFrom, liveState } from '../plan/plan-fixtures.ts';

function planOf(keyYaml: string) {
  const desired = desiredFrom(keyYaml);
  const [key] = desired.keys;
  if (key === undefined) throw new Error('no key');
  return buildPlan(desired, liveState(desired, [liveFrom(key)]));
}

const warningOf = (markdown: string): string => {
  const start = markdown.indexOf('> [!WARNING]');
  if (start < 0) return '';
  const end = markdown.indexOf('\n\n', start);
  return markdown.slice(start, end < 0 ? undefined : end);
};

describe('keep rules that could keep someone’s own access', () => {
  it('warns about a rule naming a customer role, though it keeps no grant yet', () => {
    const plan = planOf(
      `  app:\n    service: s3\n    keep_grants: [{ grantee: app, reason: "EBS volumes" }]\n`,
    );
    expect(plan.changes).toEqual([]);
    const warning = warningOf(renderPlanMarkdown(plan));
    expect(warning).toContain(`arn:aws:iam::${ACCOUNT}:role/app`);
    expect(warning).toContain('EBS volumes');
    expect(renderPlanText(plan)).toContain(`arn:aws:iam::${ACCOUNT}:role/app`);
  });

  it("warns about a key's rule naming another account's EC2 role", () => {
    const plan = planOf(
      `  app:\n    service: s3\n    keep_grants: [{ grantee: "arn:aws:iam::999988887777:role/aws:ec2-infrastructure", reason: partner }]\n`,
    );
    expect(warningOf(renderPlanMarkdown(plan))).toContain(
      'arn:aws:iam::999988887777:role/aws:ec2-infrastructure',
    );
  });

  it.each([
    [`arn:aws:iam::${ACCOUNT}:role/aws:ec2-infrastructure`],
    ['dynamodb.us-east-1.amazonaws.com'],
    [
      `arn:aws:iam::${ACCOUNT}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
    ],
  ])('no warning for a rule naming %s, which AWS operates for the key’s account', (grantee) => {
    const plan = planOf(
      `  app:\n    service: s3\n    keep_grants: [{ grantee: "${grantee}", reason: ours }]\n`,
    );
    expect(renderPlanMarkdown(plan)).not.toContain('[!WARNING]');
    expect(renderPlanText(plan)).not.toContain('keep_grants names');
  });

  it('lists a rule once however many keys it applies to, and escapes its reason', () => {
    const keys = Array.from(
      { length: 300 },
      (_, index) => `  k${String(index)}: { service: s3 }\n`,
    ).join('');
    const desired = desiredFrom(keys);
    const withRule = {
      ...desired,
      keys: desired.keys.map((key) => ({
        ...key,
        keepGrants: [
          {
            grantee: `arn:aws:iam::${ACCOUNT}:role/app`,
            reason: '</details><img src=x> @org/admins',
            source: 'defaults' as const,
          },
        ],
      })),
    };
    const plan = buildPlan(
      withRule,
      liveState(
        withRule,
        withRule.keys.map((key) => liveFrom(key)),
      ),
    );
    const markdown = renderPlanMarkdown(plan);
    const warning = warningOf(markdown);
    expect(warning.split(`arn:aws:iam::${ACCOUNT}:role/app`).length - 1).toBe(1);
    expect(warning).toContain('300 keys');
    const rendered = renderGitHubMarkdown(markdown);
    expect(rendered.stray).toEqual([]);
    expect(rendered.tags.filter((tag) => tag.startsWith('<img'))).toEqual([]);
    expect(rendered.linkableText).not.toMatch(/(^|\s)@org\/admins/);
  });

  it('stays short however many long rules a pull request adds, so the changes stay in the comment', () => {
    const desired = desiredFrom('  app: { service: s3 }\n');
    const keepGrants = Array.from({ length: 100 }, (_, index) => ({
      grantee: `arn:aws:iam::${ACCOUNT}:role/${'r'.repeat(400)}${String(index)}`,
      reason: '<'.repeat(1024),
      source: 'key' as const,
    }));
    const withRules = {
      ...desired,
      keys: desired.keys.map((key) => ({ ...key, keepGrants })),
    };
    const plan = buildPlan(
      withRules,
      liveState(
        withRules,
        withRules.keys.map((key) => liveFrom(key)),
      ),
    );
    const warning = warningOf(renderPlanMarkdown(plan));
    expect(warning).toContain('90 more rules');
    expect(warning).not.toContain('&lt;'.repeat(101));
    expect(warning.length).toBeLessThan(12_000);
  });
});
