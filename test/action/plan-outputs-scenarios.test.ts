/**
 * The drift issue and the app's check run details for the create, update, replace, destroy,
 * drift and blocked plans (the PR comment and job summary are `renderPlanMarkdown`, whose
 * snapshots are in test/core/render), each rendered as GitHub renders Markdown.
 */
import { describe, expect, it } from 'vitest';
import { renderDriftReport } from '../../action/render-drift-report.ts';
import { renderPlanDetails } from '../../app/views/render-plan-details.ts';
import { NOW, SCENARIOS } from '../core/render/plan-scenarios.ts';
import { renderGitHubMarkdown } from '../security/render-github-markdown.ts';

function expectIntact(markdown: string): void {
  const rendered = renderGitHubMarkdown(markdown);
  expect(rendered.stray).toEqual([]);
  expect(rendered.html).not.toMatch(/<(img|script|iframe)\b/i);
  for (const table of rendered.tables) {
    const width = table[0]?.length;
    expect(table.every((row) => row.length === width)).toBe(true);
  }
}

describe.each(Object.keys(SCENARIOS))('the %s plan', (name) => {
  const scenario = SCENARIOS[name] as (typeof SCENARIOS)[string];

  it('as the drift issue', () => {
    const report = renderDriftReport({
      manifest: 'kms.yaml',
      detected: scenario.plan(),
      runUrl: 'https://github.com/acme/platform-keys/actions/runs/42',
      checkedAt: NOW.toISOString(),
      now: NOW,
    });
    expect(report).toMatchSnapshot();
    expectIntact(report);
  });

  it('as the check run details', () => {
    const details = renderPlanDetails({
      plan: { kind: 'planned', plan: scenario.plan() },
      now: NOW,
    });
    expect(details).toMatchSnapshot();
    expectIntact(details);
  });
});

describe('the drift issue', () => {
  it('opens with the alarms, before the plan and its changes', () => {
    const report = renderDriftReport({
      manifest: 'kms.yaml',
      detected: SCENARIOS.drift?.plan() ?? SCENARIOS.create!.plan(),
      runUrl: 'https://github.com/acme/platform-keys/actions/runs/42',
      checkedAt: NOW.toISOString(),
      now: NOW,
    });
    const alarm = report.indexOf(
      'key prod is scheduled for deletion on 2026\\-12\\-07 \\(7 days left\\)',
    );
    expect(alarm).toBeGreaterThan(0);
    expect(alarm).toBeLessThan(report.indexOf('#### Drift found'));
    // Shown once: the plan below does not repeat them.
    expect(report.split('Changed outside this repository')).toHaveLength(2);
  });
});
