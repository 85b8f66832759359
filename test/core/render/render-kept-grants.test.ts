/**
 * A hostile pull request can add a keep rule for its own principal: it cannot gain access by
 * it (a rule never creates a grant), but it can keep an out-of-band grant from revocation. The
 * plan then says so outside the collapsed list, and untrusted text stays text.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { KeptGrant, Plan } from '../../../core/plan/plan-types.ts';
import { desiredFrom, liveState } from '../plan/plan-fixtures.ts';
import { renderPlanMarkdown } from '../../../core/render/render-plan-markdown.ts';
import { renderPlanText } from '../../../core/render/render-plan-text.ts';
import { renderGitHubMarkdown } from '../../security/render-github-markdown.ts';

const kept = (grantee: string, reason: string, grantId: string): KeptGrant => ({
  address: `grant.app.${grantId}`,
  key: 'app',
  account: '111122223333',
  region: 'us-east-1',
  grantId,
  grant: { name: '', granteePrincipal: grantee, operations: ['Decrypt'] },
  rule: { grantee, reason, source: 'defaults' },
});

function planWith(keptGrants: KeptGrant[]): Plan {
  return {
    owner: 'acme/keys/kms.yaml',
    file: 'kms.yaml',
    changes: [],
    problems: [],
    keptGrants,
    summary: {
      changes: 0,
      byAction: {},
      byRisk: { safe: 0, disruptive: 0, destructive: 0 },
      problems: 0,
    },
  };
}

describe('kept grants in the plan', () => {
  it('warns, outside the collapsed list, when a rule keeps a grant to a principal AWS does not operate', () => {
    const markdown = renderPlanMarkdown(
      planWith([
        kept('dynamodb.us-east-1.amazonaws.com', 'tables', 'g1'),
        kept('arn:aws:iam::111122223333:role/contractor', 'looks harmless', 'g2'),
      ]),
    );
    const warning = markdown.indexOf('> [!WARNING]');
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(warning).toBeLessThan(markdown.indexOf('<details>'));
    expect(markdown.slice(warning, markdown.indexOf('<details>'))).toContain(
      '`arn:aws:iam::111122223333:role/contractor`',
    );
    expect(markdown.slice(warning, markdown.indexOf('<details>'))).not.toContain('dynamodb');
    expect(
      renderPlanText(planWith([kept('arn:aws:iam::111122223333:role/contractor', 'x', 'g2')])),
    ).toContain(
      '! grant.app.g2: grant g2 to arn:aws:iam::111122223333:role/contractor (Decrypt) [not an AWS-operated grantee',
    );
  });

  it('no warning when every kept grant is to a grantee AWS operates', () => {
    const markdown = renderPlanMarkdown(
      planWith([
        kept('arn:aws:sts::111122223333:assumed-role/aws:ec2-infrastructure/i-1', 'EBS', 'g1'),
      ]),
    );
    expect(markdown).not.toContain('[!WARNING]');
    expect(markdown).toContain('Kept by <code>keep_grants</code>: 1 live grant');
  });

  it('escapes a hostile reason: no raw HTML, no mention, no closing of the details block', () => {
    const markdown = renderPlanMarkdown(
      planWith([
        kept('dynamodb.us-east-1.amazonaws.com', '</details><img src=x> @org/admins', 'g1'),
      ]),
    );
    const rendered = renderGitHubMarkdown(markdown);
    expect(rendered.stray).toEqual([]);
    for (const tag of rendered.tags)
      expect([
        'h3',
        'details',
        'summary',
        'code',
        'p',
        'ul',
        'li',
        'blockquote',
        'strong',
      ]).toContain(/^<\/?([a-z0-9]+)/.exec(tag)?.[1]);
    expect(rendered.tags.filter((tag) => tag === '</details>')).toHaveLength(1);
    expect(rendered.text).toContain('</details><img src=x>');
    expect(rendered.linkableText).not.toMatch(/(^|\s)@org\/admins/);
  });
});

describe('kept grants at scale', () => {
  it('lists one rule once, after the changes, however many keys it keeps grants on', () => {
    const reason = 'EBS volumes of the instances '.repeat(30);
    const many = Array.from({ length: 2000 }, (_, index) => ({
      ...kept(
        `arn:aws:sts::111122223333:assumed-role/aws:ec2-infrastructure/i-${String(index)}`,
        reason,
        `g${String(index)}`,
      ),
      key: `k${String(index)}`,
      rule: {
        grantee: 'arn:aws:iam::111122223333:role/aws:ec2-infrastructure',
        reason,
        source: 'defaults' as const,
      },
    }));
    const desired = desiredFrom('  k0: { service: s3 }\n');
    const plan = buildPlan(desired, liveState(desired, []));
    const markdown = renderPlanMarkdown({ ...plan, keptGrants: many });
    expect(markdown.length).toBeLessThan(20_000);
    expect(markdown.split('EBS volumes of the instances').length - 1).toBe(30);
    expect(markdown).toContain('keeps 2000 grants on 2000 keys');
    expect(markdown).toContain('1950 more not listed here');
    // The change comes before the kept list, so a clipped comment keeps the change.
    expect(plan.changes.length).toBeGreaterThan(0);
    expect(markdown.indexOf('key.k0')).toBeGreaterThanOrEqual(0);
    expect(markdown.indexOf('key.k0')).toBeLessThan(
      markdown.indexOf('Kept by <code>keep_grants</code>'),
    );
  });

  it('warns about a kept grant to an AWS-operated grantee of another account', () => {
    const foreign = kept(
      'arn:aws:sts::999988887777:assumed-role/aws:ec2-infrastructure/i-1',
      'EBS',
      'g1',
    );
    const markdown = renderPlanMarkdown(planWith([foreign]));
    expect(markdown).toContain('> [!WARNING]');
    expect(renderPlanText(planWith([foreign]))).toContain('! grant.app.g1');
  });
});
