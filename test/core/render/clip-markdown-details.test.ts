// The clipper closes the `<details>` blocks a cut leaves open, so that its notice (the report
// was cut, the full report is elsewhere) is never hidden in a collapsed block. It must count
// only the block tags the renderers write, at the start of a line: manifest text shown as
// code (a principal, a grant or key name in a table) may hold `</details>` or `<details>`,
// which GitHub shows as text. Checked with GitHub-flavoured Markdown (micromark + GFM).
import { describe, expect, it } from 'vitest';
import { clipMarkdown } from '../../../core/render/clip-markdown.ts';
import { inlineCode, tableCode } from '../../../core/render/escape-markdown.ts';
import { renderPlanMarkdown } from '../../../core/render/render-plan-markdown.ts';
import type { Plan } from '../../../core/plan/plan-types.ts';
import { changesWith, HOSTILE, planWith } from '../../security/hostile-fields.ts';
import { renderGitHubMarkdown } from '../../security/render-github-markdown.ts';

const NOTICE_TEXT = 'This report is too long for GitHub and was cut here';
const NOTICE = `> [!NOTE]\n> ${NOTICE_TEXT}: the full report is in the job summary.`;

/** Three keys' worth of every kind of change, `text` in every field. */
function bigPlan(text: string): Plan {
  const changes = Array.from({ length: 3 }, (_, index) =>
    changesWith(`${text}${String(index)}`),
  ).flat();
  return { ...planWith(text), changes };
}

/** How the clipped body renders: the notice's `<details>` depth, and the tag counts. */
function inspect(body: string): { noticeDepth: number; opens: number; closes: number } {
  const { html, tags } = renderGitHubMarkdown(body);
  const at = html.indexOf(NOTICE_TEXT);
  expect(at).toBeGreaterThan(-1);
  const before = html.slice(0, at);
  return {
    noticeDepth:
      (before.match(/<details[\s>]/g) ?? []).length - (before.match(/<\/details>/g) ?? []).length,
    opens: tags.filter((tag) => /^<details[\s>]/.test(tag)).length,
    closes: tags.filter((tag) => tag === '</details>').length,
  };
}

/**
 * Of `count` limits spread up to the length of `markdown`, those at which the clipped text
 * hides the notice in a `<details>` block or has unbalanced `<details>` tags.
 */
function badLimits(markdown: string, count: number): number[] {
  const bad: number[] = [];
  for (let step = 0; step < count; step++) {
    const limit = 400 + Math.floor(((markdown.length - 400) * step) / count);
    const body = clipMarkdown(markdown, { max: limit, notice: NOTICE });
    expect(body.length).toBeLessThanOrEqual(limit);
    const { noticeDepth, opens, closes } = inspect(body);
    if (noticeDepth !== 0 || opens !== closes) bad.push(limit);
  }
  return bad;
}

describe('clipMarkdown and <details> in code', () => {
  it.each(['x</details>y', 'x</details><details open>y', '<details>x', 'x<details>'])(
    'a plan with %j in every name: the notice is outside any <details>, tags balance',
    (text) => {
      const markdown = renderPlanMarkdown(bigPlan(text));
      const whole = renderGitHubMarkdown(markdown).tags;
      expect(whole.filter((tag) => /^<details[\s>]/.test(tag)).length).toBe(
        whole.filter((tag) => tag === '</details>').length,
      );
      expect(badLimits(markdown, 50)).toEqual([]);
    },
    60_000,
  );

  it('every hostile string in a plan: the notice is outside any <details>, tags balance', () => {
    for (const text of HOSTILE) {
      const markdown = renderPlanMarkdown(bigPlan(text));
      expect({ text, bad: badLimits(markdown, 6) }).toEqual({ text, bad: [] });
    }
  }, 60_000);

  it('code spans at the start of a line or in a table row do not count', () => {
    const rows = Array.from(
      { length: 60 },
      (_, index) => `| ${tableCode(`role/x</details>${String(index)}`)} | update |`,
    );
    const markdown = [
      '<details>',
      '<summary>key</summary>',
      '',
      `${inlineCode('</details>')} leaves the block open`,
      '',
      '| Principal | Change |',
      '| --- | --- |',
      ...rows,
      '',
      '</details>',
      '',
    ].join('\n');
    expect(badLimits(markdown, 40)).toEqual([]);
    const cut = clipMarkdown(markdown, { max: 1500, notice: NOTICE });
    expect(cut.split('\n').filter((line) => line === '</details>')).toHaveLength(1);
  });

  it('still closes the blocks the renderers write, a one-line <details><summary> included', () => {
    const block = (name: string) => [
      `<details><summary>${name}</summary>`,
      '',
      ...Array.from({ length: 40 }, (_, index) => `- line ${String(index)}`),
      '',
      '</details>',
      '',
    ];
    const markdown = [...block('a'), ...block('b')].join('\n');
    expect(badLimits(markdown, 60)).toEqual([]);
  });
});
