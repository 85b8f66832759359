import { describe, expect, it } from 'vitest';
import { compareLintConfig } from '../../../core/lint/compare-lint-config.ts';
import { runLint } from '../../../core/lint/run-lint.ts';
import { HEADER, cleanKey, desiredOf } from './lint-manifest.ts';

const KEYS = `keys:
${cleanKey('data')}    deletion_window_in_days: 7
`;

function lintChange(base: string | undefined, change: string) {
  const comparison = compareLintConfig(
    base === undefined ? undefined : desiredOf(base),
    desiredOf(change),
  );
  return {
    config: comparison.findings,
    lint: runLint(desiredOf(change), { config: comparison.config }),
  };
}

describe('compareLintConfig: the base branch decides the lint configuration', () => {
  it('a change that turns a rule off is reported, and the base severity still applies', () => {
    const { config, lint } = lintChange(
      `${HEADER}${KEYS}`,
      `${HEADER}lint: { rules: { deletion-window: 'off' } }\n${KEYS}`,
    );
    expect(config).toEqual([
      expect.objectContaining({
        rule: 'lint-config-change',
        severity: 'warning',
        line: 11,
        column: 35,
        message: expect.stringMatching(/relaxes `deletion-window` from notice to off/),
      }),
    ]);
    expect(lint.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['deletion-window', 'error'],
    ]);
  });

  it('a change that relaxes production in lint.environments is reported', () => {
    const { config, lint } = lintChange(
      `${HEADER}${KEYS}`,
      `${HEADER}lint: { environments: { production: { rules: { deletion-window: notice } } } }\n${KEYS}`,
    );
    expect(config.map((finding) => finding.message)).toEqual([
      expect.stringMatching(
        /relaxes `deletion-window` for environment `production` from error to notice/,
      ),
    ]);
    expect(lint[0]?.severity).toBe('error');
  });

  it('a suppression added by the change is reported and not applied', () => {
    const { config, lint } = lintChange(
      `${HEADER}${KEYS}`,
      `${HEADER}${KEYS}    lint_ignore: [{ rule: deletion-window, reason: looks fine to me }]\n`,
    );
    expect(config).toEqual([
      expect.objectContaining({
        key: 'data',
        message: expect.stringMatching(
          /adds a suppression of `deletion-window` on key `data` \("looks fine to me"\)/,
        ),
      }),
    ]);
    expect(lint.map((finding) => finding.rule)).toEqual(['deletion-window']);
  });

  it('a suppression the base already has applies, and is not reported', () => {
    const suppressed = `${HEADER}${KEYS}    lint_ignore: [{ rule: deletion-window, reason: migrating }]\n`;
    const { config, lint } = lintChange(suppressed, suppressed);
    expect(config).toEqual([]);
    expect(lint).toEqual([]);
  });

  it('tightening applies at once and is not reported', () => {
    const { config, lint } = lintChange(
      `${HEADER}lint: { rules: { deletion-window: 'off' } }\n${KEYS}`,
      `${HEADER}${KEYS}`,
    );
    expect(config).toEqual([]);
    expect(lint.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['deletion-window', 'error'],
    ]);
  });

  it('a manifest new in the change is compared with the built-in defaults', () => {
    const { config, lint } = lintChange(
      undefined,
      `${HEADER}lint: { rules: { deletion-window: 'off' } }\n${KEYS}    lint_ignore: [{ rule: deletion-window, reason: new }]\n`,
    );
    expect(config.map((finding) => finding.rule)).toEqual([
      'lint-config-change',
      'lint-config-change',
    ]);
    expect(lint.map((finding) => finding.rule)).toEqual(['deletion-window']);
  });

  it('an unchanged relaxed configuration is not reported again', () => {
    const relaxed = `${HEADER}lint: { rules: { deletion-window: 'off' } }\n${KEYS}`;
    const { config, lint } = lintChange(relaxed, relaxed);
    expect(config).toEqual([]);
    expect(lint).toEqual([]);
  });
});
