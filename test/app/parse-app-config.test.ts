import { describe, expect, it } from 'vitest';
import { parseAppConfig } from '../../app/parse-app-config.ts';

describe('parseAppConfig', () => {
  it.each([
    [
      'a list of manifests',
      'manifests:\n  - kms.yaml\n  - accounts/staging/kms.yaml\n',
      ['kms.yaml', 'accounts/staging/kms.yaml'],
    ],
    ['duplicates once', 'manifests: [kms.yaml, kms.yaml]', ['kms.yaml']],
    ['an empty file', '', []],
    ['no manifests field', '# nothing yet\n', []],
  ])('accepts %s', (_name, text, manifests) => {
    expect(parseAppConfig(text)).toEqual({ ok: true, manifests });
  });

  it.each([
    [
      'a scalar',
      'manifests: kms.yaml',
      '`manifests` must be a list of paths, e.g. [kms.yaml], got string "kms.yaml"',
    ],
    [
      'a parent directory',
      'manifests: [../other/kms.yaml]',
      "`manifests[0]` must be a relative path inside the repository (letters, digits, `_ . - / `, no `..`), got '../other/kms.yaml'",
    ],
    [
      'an absolute path',
      'manifests: [/etc/kms.yaml]',
      "`manifests[0]` must be a relative path inside the repository (letters, digits, `_ . - / `, no `..`), got '/etc/kms.yaml'",
    ],
    ['a number', 'manifests: [12]', '`manifests[0]` must be a path, got number 12'],
    [
      'an unknown field',
      'manifest: [kms.yaml]',
      'unknown field `manifest` in .github/kms-action.yml; the only field is `manifests`',
    ],
    [
      'a list at the top',
      '- kms.yaml',
      '.github/kms-action.yml must be a mapping with a `manifests` list',
    ],
    [
      'too many manifests',
      `manifests: [${Array.from({ length: 21 }, (_, i) => `m${i}.yaml`).join(', ')}]`,
      '`manifests` may list at most 20 paths, got 21',
    ],
  ])('refuses %s with the rule and the value', (_name, text, problem) => {
    expect(parseAppConfig(text)).toEqual({ ok: false, problems: [problem] });
  });

  it('reports YAML syntax errors instead of throwing', () => {
    const config = parseAppConfig('manifests: [kms.yaml\n');
    expect(config.ok).toBe(false);
    expect(config.ok ? [] : config.problems[0]).toMatch(
      /^\.github\/kms-action\.yml is not valid YAML: /,
    );
  });
});
