/**
 * Every plan output (text, Markdown, JSON) for a create, an update, a replace, a destroy, a
 * drift and a blocked plan, as snapshots; the Markdown rendered as GitHub renders it.
 */
import { describe, expect, it } from 'vitest';
import { renderPlanJson } from '../../../core/render/render-plan-json.ts';
import { renderPlanMarkdown } from '../../../core/render/render-plan-markdown.ts';
import { renderPlanText } from '../../../core/render/render-plan-text.ts';
import { renderGitHubMarkdown } from '../../security/render-github-markdown.ts';
import { NOW, SCENARIOS } from './plan-scenarios.ts';

/** The only tags the plan Markdown writes itself; anything else would be raw HTML from text. */
const OUR_TAGS = new Set([
  'details',
  'summary',
  'code',
  'b',
  'br',
  'sub',
  'p',
  'strong',
  'blockquote',
  'ul',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'pre',
  'h3',
  'h4', // the access picture's heading
  'em',
]);

describe.each(Object.keys(SCENARIOS))('the %s plan', (name) => {
  const scenario = SCENARIOS[name] as (typeof SCENARIOS)[string];
  const options = { drift: scenario.drift, now: NOW };

  it('as text', () => {
    expect(renderPlanText(scenario.plan(), options)).toMatchSnapshot();
  });

  it('as Markdown, which GitHub renders with intact tables and no raw HTML', () => {
    const markdown = renderPlanMarkdown(scenario.plan(), options);
    expect(markdown).toMatchSnapshot();
    const rendered = renderGitHubMarkdown(markdown);
    expect(rendered.stray).toEqual([]);
    expect(rendered.comments).toEqual([]);
    for (const tag of rendered.tags) {
      expect(OUR_TAGS).toContain(/^<\/?([a-z0-9]+)/.exec(tag)?.[1]);
    }
    for (const table of rendered.tables) {
      const width = table[0]?.length;
      expect(table.every((row) => row.length === width)).toBe(true);
    }
  });

  it('as JSON', () => {
    expect(JSON.stringify(renderPlanJson(scenario.plan()), null, 2)).toMatchSnapshot();
  });
});

describe('what a reviewer sees first', () => {
  it('a new key shows who gains access, and another account gaining Decrypt is flagged', () => {
    const plan = SCENARIOS.create?.plan();
    if (plan === undefined) throw new Error('no scenario');
    const markdown = renderPlanMarkdown(plan, { now: NOW });
    const widened = markdown.indexOf('**Review: access widened**');
    expect(widened).toBeGreaterThan(0);
    expect(widened).toBeLessThan(markdown.indexOf('<details>'));
    expect(markdown).toContain('account 555566667777 gains kms:Decrypt, kms:GenerateDataKey');
    expect(markdown).toContain('**Access on the new key**');
    expect(markdown).toContain('| `arn:aws:iam::555566667777:root` | ➕ gains | `kms:Decrypt` |');
    expect(plan.changes.find((change) => change.action === 'create')?.risk).toBe('disruptive');
  });

  it('drift: the scheduled deletion is an alarm with its date and days left, above the plan', () => {
    const plan = SCENARIOS.drift?.plan();
    if (plan === undefined) throw new Error('no scenario');
    const text = renderPlanText(plan, { drift: true, now: NOW });
    expect(text.indexOf('Changed outside this repository:')).toBeLessThan(text.indexOf('Plan for'));
    expect(text).toContain('! key prod is scheduled for deletion on 2026-12-07 (7 days left)');
    expect(text).toContain('! key batch is disabled');
    expect(text).toContain('! the key policy of batch was edited outside this repository');
    expect(text).toContain(
      '! key batch has a grant nobody declared: arn:aws:iam::555566667777:role/exfil may Decrypt, GenerateDataKey',
    );
  });

  it('a blocked plan says how many problems block it, and no "No changes" line', () => {
    const plan = SCENARIOS.blocked?.plan();
    if (plan === undefined) throw new Error('no scenario');
    const text = renderPlanText(plan);
    expect(text).toMatch(/^2 problems block this plan; apply will refuse it:/);
    expect(text).not.toContain('No changes');
    const markdown = renderPlanMarkdown(plan);
    expect(markdown).toContain('**2 problems block this plan: apply will refuse it.**');
    expect(markdown).not.toContain('No changes');
    const one = renderPlanText({ ...plan, problems: plan.problems.slice(0, 1) });
    expect(one).toMatch(/^1 problem blocks this plan;/);
  });

  it('a replaced grant is one -/+ line; the summary counts by symbol and by risk', () => {
    const plan = SCENARIOS.replace?.plan();
    if (plan === undefined) throw new Error('no scenario');
    const text = renderPlanText(plan);
    expect(text).toContain('2 changes: -/+ 1 to replace; 1 safe, 0 disruptive, 1 destructive');
    expect(text).toContain('    -/+ grant.app.batch [destructive]');
    expect(renderPlanJson(plan).changes.map((change) => change.action)).toEqual([
      'create-grant',
      'revoke-grant',
    ]);
  });
});

describe('the text plan in a terminal or CI log', () => {
  it('shows control and bidi characters from the manifest as [U+XXXX], line by line', () => {
    const plan = SCENARIOS.create?.plan();
    if (plan === undefined) throw new Error('no scenario');
    const hostile = {
      ...plan,
      changes: plan.changes.map((change) => ({
        ...change,
        note: 'look \u001b[2J\u001b]0;pwned\u0007 \u202Eevil',
      })),
    };
    const text = renderPlanText(hostile);
    const raw = Array.from(text).filter((character) => {
      const code = character.codePointAt(0) ?? 0;
      return (code < 0x20 && character !== '\n') || code === 0x7f || code === 0x202e;
    });
    expect(raw).toEqual([]);
    expect(text).toContain('look [U+001B][2J[U+001B]]0;pwned[U+0007] [U+202E]evil');
  });
});
