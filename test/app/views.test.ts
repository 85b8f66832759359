import { describe, expect, it } from 'vitest';
import type { Finding } from '../../core/lint/types.ts';
import type { Plan } from '../../core/plan/plan-types.ts';
import {
  renderCheckSummary,
  type CheckSummaryProps,
} from '../../app/views/render-check-summary.ts';
import { renderCheckTitle } from '../../app/views/render-check-title.ts';
import { renderConfigCheck } from '../../app/views/render-config-check.ts';
import { renderPlanDetails } from '../../app/views/render-plan-details.ts';
import { renderReviewBody } from '../../app/views/render-review-body.ts';
import { renderReviewComment } from '../../app/views/render-review-comment.ts';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  rule: 'alias-naming',
  severity: 'warning',
  message: 'alias `alias/S3Key` is not lower-case kebab-case',
  file: 'kms.yaml',
  line: 17,
  column: 14,
  key: 'prod-s3',
  help: 'rename it, e.g. `alias/s3-key`',
  ...overrides,
});

const summaryProps = (overrides: Partial<CheckSummaryProps> = {}): CheckSummaryProps => ({
  path: 'kms.yaml',
  conclusion: 'success',
  readError: undefined,
  problems: [],
  findings: [],
  keyCount: 4,
  notes: [],
  plan: { kind: 'not-configured' },
  listLimit: 100,
  annotationsPosted: 0,
  annotationsTotal: 0,
  ...overrides,
});

const emptyPlan: Plan = {
  owner: 'acme/infra/kms.yaml',
  file: 'kms.yaml',
  changes: [],
  problems: [],
  summary: {
    changes: 0,
    byAction: {},
    byRisk: { safe: 0, disruptive: 0, destructive: 0 },
    problems: 0,
  },
};

describe('renderCheckSummary', () => {
  it('a clean manifest, planning left to the Action', () => {
    expect(renderCheckSummary(summaryProps())).toMatchSnapshot();
  });

  it('findings in a table, capped, with notes and the plan line', () => {
    const findings = [
      finding({
        severity: 'error',
        rule: 'public-principal',
        line: 9,
        message: 'anyone may call kms:Decrypt',
      }),
      finding(),
      finding({
        severity: 'notice',
        rule: 'deletion-window',
        line: 20,
        message: 'the window is 7 days',
      }),
    ];
    expect(
      renderCheckSummary(
        summaryProps({
          conclusion: 'failure',
          findings,
          listLimit: 2,
          annotationsPosted: 2,
          annotationsTotal: 3,
          notes: [
            "The base branch's kms.yaml is invalid, so lint severities are the built-in defaults.",
          ],
          plan: { kind: 'planned', plan: emptyPlan },
        }),
      ),
    ).toMatchSnapshot();
  });

  it('an invalid manifest lists its located problems', () => {
    expect(
      renderCheckSummary(
        summaryProps({
          conclusion: 'failure',
          keyCount: undefined,
          problems: [
            {
              message:
                '`keys.prod-s3.rotation.period_in_days` must be a whole number, got "ninety"',
              file: 'kms.yaml',
              line: 16,
              column: 48,
              path: '/keys/prod-s3/rotation/period_in_days',
              hint: 'Days between rotations, 90..2560.',
            },
          ],
          plan: { kind: 'skipped', reason: 'the manifest is invalid' },
        }),
      ),
    ).toMatchSnapshot();
  });

  it('an unreadable manifest says what to fix', () => {
    expect(
      renderCheckSummary(
        summaryProps({
          conclusion: 'failure',
          readError: {
            message: 'kms.yaml is 2097152 bytes, over the 1 MiB limit',
            help: 'split the keys',
          },
        }),
      ),
    ).toMatchSnapshot();
  });

  it('a failed plan', () => {
    expect(
      renderCheckSummary(
        summaryProps({
          conclusion: 'neutral',
          plan: { kind: 'failed', message: 'AccessDenied on kms:ListAliases' },
        }),
      ),
    ).toContain('**Plan:** ⚠️ could not be made: AccessDenied on kms:ListAliases');
  });

  it('makes manifest text inert: no mentions, links, HTML or table breaks', () => {
    const summary = renderCheckSummary(
      summaryProps({
        conclusion: 'neutral',
        findings: [
          finding({
            key: 'evil`key',
            message:
              'ping @acme/security <img src=x onerror=alert(1)> [click](https://evil.example) | cell',
          }),
        ],
      }),
    );
    expect(summary).not.toContain('@acme');
    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('](https://');
    expect(summary).toContain('\\| cell');
    expect(summary).toContain('``evil`key``');
  });
});

describe('renderCheckTitle', () => {
  it.each([
    [{ unreadable: true }, 'Cannot read kms.yaml'],
    [{ problems: 2 }, 'kms.yaml is invalid: 2 problems'],
    [{ errors: 1, warnings: 2 }, 'kms.yaml: 1 error, 2 warnings'],
    [{ notices: 1 }, 'kms.yaml: 1 notice'],
    [{ keyCount: 1 }, 'kms.yaml: 1 key, no findings'],
  ])('%o -> %s', (overrides, title) => {
    expect(
      renderCheckTitle({
        path: 'kms.yaml',
        unreadable: false,
        problems: 0,
        errors: 0,
        warnings: 0,
        notices: 0,
        keyCount: 3,
        ...overrides,
      }),
    ).toBe(title);
  });
});

describe('renderReviewComment', () => {
  it('every finding of the line, with its fix', () => {
    expect(
      renderReviewComment({
        items: [
          {
            severity: 'error',
            rule: 'invalid-manifest',
            message: 'must be a whole number, got "ninety"',
            help: 'Days, 90..2560.',
          },
          {
            severity: 'warning',
            rule: 'rotation-period',
            message: 'rotation every 1000 days @team',
            help: undefined,
          },
        ],
      }),
    ).toMatchSnapshot();
  });
});

describe('renderReviewBody', () => {
  it.each([[{ comments: 1, omitted: 0 }], [{ comments: 30, omitted: 4 }]])('%o', (props) => {
    expect(renderReviewBody(props)).toMatchSnapshot();
  });
});

describe('renderConfigCheck', () => {
  it('lists the problems and the expected form', () => {
    expect(
      renderConfigCheck({
        configPath: '.github/kms-action.yml',
        problems: ['`manifests` must be a list'],
      }),
    ).toMatchSnapshot();
  });
});

describe('renderPlanDetails', () => {
  it('is empty without a plan', () => {
    expect(renderPlanDetails({ plan: { kind: 'not-configured' } })).toBe('');
  });

  it('is the plan Markdown', () => {
    expect(renderPlanDetails({ plan: { kind: 'planned', plan: emptyPlan } })).toMatchSnapshot();
  });
});
