import { describe, expect, it } from 'vitest';
import { composeGitHubBody } from '../../../adapters/github/compose-github-body.ts';

const MARKER = '<!-- kms-action:kms.yaml -->';
const report = Array.from({ length: 5000 }, (_, index) => `| key.k${index} | 🗝️ update |`).join(
  '\n',
);

describe('composeGitHubBody', () => {
  it('keeps the marker, the head and the tail whole, and clips the content between them', () => {
    const body = composeGitHubBody({
      marker: MARKER,
      head: '<!-- kms-action-fingerprint {} -->',
      content: report,
      tail: '<sub>[Workflow run](https://x/runs/1)</sub>',
      fullReport: 'the [job summary](https://x/runs/1)',
      limit: 10_000,
    });
    expect(body.length).toBeLessThanOrEqual(10_000);
    expect(body.split('\n').slice(0, 2)).toEqual([MARKER, '<!-- kms-action-fingerprint {} -->']);
    expect(body.endsWith('\n\n<sub>[Workflow run](https://x/runs/1)</sub>')).toBe(true);
    expect(body).toContain(
      'This report is too long for GitHub and was cut here: the full report is in the [job summary](https://x/runs/1).',
    );
  });

  it('measures a job summary in bytes', () => {
    const body = composeGitHubBody({
      content: report,
      fullReport: 'the plan-json output',
      limit: 20_000,
      unit: 'utf8',
    });
    expect(new TextEncoder().encode(body).length).toBeLessThanOrEqual(20_000);
    expect(body.length).toBeLessThan(20_000);
  });

  it('returns a body that fits unchanged', () => {
    expect(
      composeGitHubBody({ marker: MARKER, content: 'plan', fullReport: 'x', limit: 65_536 }),
    ).toBe(`${MARKER}\nplan`);
  });

  it('refuses a marker that manifest text could imitate or that could end early', () => {
    for (const marker of ['kms-action', '<!-- a -- b -->', '<!-- a\nb -->']) {
      expect(() =>
        composeGitHubBody({ marker, content: 'plan', fullReport: 'x', limit: 65_536 }),
      ).toThrow('not a marker');
    }
  });
});
