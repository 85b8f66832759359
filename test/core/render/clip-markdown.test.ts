import { describe, expect, it } from 'vitest';
import { clipMarkdown } from '../../../core/render/clip-markdown.ts';

const NOTICE = 'Cut here: see the job summary.';

describe('clipMarkdown', () => {
  it('returns text that fits unchanged', () => {
    expect(clipMarkdown('short\ntext', { max: 100, notice: NOTICE })).toBe('short\ntext');
  });

  it('cuts at a line boundary, closes the open code fence and details, and ends with the notice', () => {
    const lines = ['# Plan', '<details>', '<summary>key</summary>', '', '```diff'];
    for (let index = 0; index < 2000; index++) lines.push(`+ line ${index}`);
    lines.push('```', '</details>');

    const cut = clipMarkdown(lines.join('\n'), { max: 5000, notice: NOTICE });

    expect(cut.length).toBeLessThanOrEqual(5000);
    expect(cut.endsWith(`\n\n${NOTICE}`)).toBe(true);
    const body = cut.split('\n');
    expect(body.lastIndexOf('```')).toBeGreaterThan(body.indexOf('```diff'));
    expect(body.lastIndexOf('</details>')).toBeGreaterThan(body.lastIndexOf('```'));
    expect(
      body.every((line) =>
        /^(\+ line \d+|# Plan|<details>|<summary>key<\/summary>|```diff|```|<\/details>|Cut here.*|)$/.test(
          line,
        ),
      ),
    ).toBe(true);
  });

  it('closes an HTML comment left open by the cut', () => {
    const text = ['intro', '<!--', ...Array.from({ length: 500 }, () => 'hidden line'), '-->'].join(
      '\n',
    );
    const cut = clipMarkdown(text, { max: 1000, notice: NOTICE });
    expect(cut.length).toBeLessThanOrEqual(1000);
    expect(cut.lastIndexOf('-->')).toBeGreaterThan(cut.lastIndexOf('<!--'));
  });

  it('cuts one long line at a space outside code spans and tags, never inside them', () => {
    const line = Array.from(
      { length: 400 },
      (_, index) => `word \`code ${index} span\` <b>bold</b>`,
    ).join(' ');
    for (let max = 200; max < 2000; max += 37) {
      const cut = clipMarkdown(line, { max, notice: NOTICE });
      expect(cut.length).toBeLessThanOrEqual(max);
      const kept = cut.slice(0, cut.indexOf('\n\n'));
      expect(kept.endsWith(' …')).toBe(true);
      expect((kept.match(/`/g) ?? []).length % 2).toBe(0);
      expect((kept.match(/</g) ?? []).length).toBe((kept.match(/>/g) ?? []).length);
    }
  });

  it('never splits a surrogate pair, and counts bytes for byte limits', () => {
    const text = Array.from({ length: 3000 }, () => '🔑 key').join(' ');
    for (const unit of ['utf16', 'utf8'] as const) {
      const cut = clipMarkdown(text, { max: 4000, notice: NOTICE, unit });
      const size = unit === 'utf8' ? new TextEncoder().encode(cut).length : cut.length;
      expect(size).toBeLessThanOrEqual(4000);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      expect(cut).not.toMatch(/(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });

  it("keeps a plan comment of any size under GitHub's 65,536 characters", () => {
    const huge = Array.from(
      { length: 20_000 },
      (_, index) => `| \`key.k${index}\` | update | 🟢 safe |`,
    ).join('\n');
    expect(clipMarkdown(huge, { max: 65_000, notice: NOTICE }).length).toBeLessThanOrEqual(65_000);
  });
});
