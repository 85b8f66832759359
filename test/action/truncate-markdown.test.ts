import { describe, expect, it } from 'vitest';
import { truncateMarkdown } from '../../action/truncate-markdown.ts';

const NOTICE = 'Cut here: see the job summary.';

describe('truncateMarkdown', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateMarkdown('short\ntext', 100, NOTICE)).toBe('short\ntext');
  });

  it('cuts at a line boundary, closes the open code fence and details, and ends with the notice', () => {
    const lines = ['# Plan', '<details>', '<summary>key</summary>', '', '```diff'];
    for (let index = 0; index < 2000; index++) lines.push(`+ line ${index}`);
    lines.push('```', '</details>');
    const text = lines.join('\n');

    const cut = truncateMarkdown(text, 5000, NOTICE);

    expect(cut.length).toBeLessThanOrEqual(5000);
    expect(cut.endsWith(NOTICE)).toBe(true);
    const body = cut.split('\n');
    expect(body).toContain('```');
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

  it("keeps a plan comment of any size under GitHub's 65,536 characters", () => {
    const huge = Array.from(
      { length: 20_000 },
      (_, index) => `| \`key.k${index}\` | update | 🟢 safe |`,
    ).join('\n');
    expect(truncateMarkdown(huge, 65_000, NOTICE).length).toBeLessThanOrEqual(65_000);
  });
});
