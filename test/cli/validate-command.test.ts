import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

function manifestFile(content: string | Buffer): string {
  const directory = mkdtempSync(join(tmpdir(), 'kms-action-validate-'));
  const file = join(directory, 'kms.yaml');
  writeFileSync(file, content);
  return file;
}

describe('kms-action validate', () => {
  it('accepts the example manifest with exit 0 and counts its keys', async () => {
    const run = await runCliCaptured(['validate', '-f', 'examples/kms.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/examples\/kms\.yaml: valid \(\d+ keys\)/);
  });

  it('prints the JSON contract for a valid manifest', async () => {
    const run = await runCliCaptured(['validate', '-f', 'examples/kms.yaml', '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      format_version: 1,
      valid: true,
      errors: [],
      findings: [],
    });
  });

  it('reports a misspelt field with file, line, column, source frame and a suggestion, exit 2', async () => {
    const file = manifestFile(
      'version: 1\nkeys:\n  app:\n    account: "111122223333"\n    region: us-east-1\n    rotation: { period_in_day: 180 }\n',
    );
    const run = await runCliCaptured(['validate', '-f', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `${file}:6:17: error: unknown field \`period_in_day\` in \`keys.app.rotation\``,
    );
    expect(run.stderr).toContain('did you mean `period_in_days`?');
    expect(run.stderr).toContain('   6 |     rotation: { period_in_day: 180 }');
  });

  it('lists every error in JSON with its path, exit 2', async () => {
    const file = manifestFile(
      'version: 1\nkeys:\n  app:\n    account: prod\n    region: us-east-1\n    state: enabeld\n',
    );
    const run = await runCliCaptured(['validate', '-f', file, '--format', 'json']);
    expect(run.code).toBe(2);
    const output = JSON.parse(run.stdout) as {
      valid: boolean;
      errors: { path: string; line: number; column: number }[];
    };
    expect(output.valid).toBe(false);
    expect(output.errors).toEqual([
      expect.objectContaining({ path: '/keys/app/state', line: 6, column: 12 }),
    ]);
  });

  it('reports a missing manifest as a usage error, exit 2', async () => {
    const run = await runCliCaptured(['validate', '-f', 'does-not-exist.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('manifest does-not-exist.yaml not found');
  });

  it('refuses an unknown format and an unknown option, exit 2', async () => {
    expect(
      (await runCliCaptured(['validate', '-f', 'examples/kms.yaml', '--format', 'yaml'])).stderr,
    ).toContain("--format must be one of text, json, sarif, got 'yaml'");
    const unknownOption = await runCliCaptured(['validate', '--fiel', 'kms.yaml']);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toContain("Unknown option '--fiel'");
  });

  it('refuses a manifest over 1 MiB without loading it', async () => {
    const file = manifestFile(Buffer.alloc(1024 * 1024 + 1, 0x20));
    const run = await runCliCaptured(['validate', '-f', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('over the 1 MiB');
  });

  it('shows help for the command and for the tool', async () => {
    const commandHelp = await runCliCaptured(['validate', '--help']);
    expect(commandHelp.code).toBe(0);
    expect(commandHelp.stdout).toContain('Usage: kms-action validate');
    const toolHelp = await runCliCaptured(['--help']);
    expect(toolHelp.stdout).toContain('validate');
    const unknown = await runCliCaptured(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'frobnicate'");
  });

  it('accepts the example manifest with exit 0 and no lint findings', async () => {
    const run = await runCliCaptured(['validate', '-f', 'examples/kms.yaml']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('examples/kms.yaml: valid (4 keys), no lint findings\n');
  });
});

describe('kms-action validate: lint', () => {
  it('lists every rule of the bad example, grouped by key, and exits 1 on errors', async () => {
    const run = await runCliCaptured(['validate', '-f', 'examples/bad-kms.yaml']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('examples/bad-kms.yaml: valid (20 keys), 19 lint findings');
    expect(run.stdout).toContain('key prod-cache\n  examples/bad-kms.yaml:');
    expect(run.stdout).toMatch(/19 findings: 5 errors, 14 warnings\.\n$/);
  });

  it('puts the findings in the JSON contract, key and help included', async () => {
    const run = await runCliCaptured([
      'validate',
      '-f',
      'examples/bad-kms.yaml',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as {
      valid: boolean;
      findings: Record<string, unknown>[];
    };
    expect(output.valid).toBe(true);
    expect(output.findings).toHaveLength(19);
    expect(output.findings).toContainEqual({
      rule: 'policy-lockout-bypass',
      severity: 'error',
      message: 'key `prod-batch` bypasses the policy lockout safety check',
      file: 'examples/bad-kms.yaml',
      line: expect.any(Number) as number,
      column: 41,
      key: 'prod-batch',
      help: expect.stringContaining('remove `bypass_policy_lockout_safety_check`') as string,
    });
  });

  it.each([
    ['error', 0],
    ['warning', 1],
    ['never', 0],
  ])('--fail-on %s decides the exit code', async (failOn, code) => {
    const file = manifestFile(
      `version: 1
accounts: { production: '111122223333' }
keys:
  data:
    account: production
    region: us-east-1
    environment: production
    service: s3
    aliases: [alias/Data]
    tags: { CostCenter: platform }
`,
    );
    const run = await runCliCaptured(['validate', '-f', file, '--fail-on', failOn]);
    expect(run.stdout).toContain('alias-naming');
    expect(run.code).toBe(code);
  });

  it('--fail-on notice fails on a notice that error would let through', async () => {
    const file = manifestFile(
      `version: 1
keys:
  data:
    account: '111122223333'
    region: us-east-1
    environment: staging
    service: s3
    aliases: [alias/staging-data]
    deletion_window_in_days: 7
    tags: { CostCenter: platform }
`,
    );
    expect((await runCliCaptured(['validate', '-f', file])).code).toBe(0);
    expect((await runCliCaptured(['validate', '-f', file, '--fail-on', 'notice'])).code).toBe(1);
    const refused = await runCliCaptured(['validate', '-f', file, '--fail-on', 'sometimes']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      "--fail-on must be one of error, warning, notice, never, got 'sometimes'",
    );
  });

  it('writes SARIF for code scanning', async () => {
    const run = await runCliCaptured([
      'validate',
      '-f',
      'examples/bad-kms.yaml',
      '--format',
      'sarif',
    ]);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { version: string; runs: { results: unknown[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]?.results).toHaveLength(19);
  });

  it('--base: the base branch lint configuration applies, and relaxing it is a finding', async () => {
    const keys = `keys:
  data:
    account: '111122223333'
    region: us-east-1
    environment: production
    service: s3
    aliases: [alias/prod-data]
    deletion_window_in_days: 7
    tags: { CostCenter: platform }
`;
    const base = manifestFile(`version: 1\n${keys}`);
    const change = manifestFile(
      `version: 1\nlint: { environments: { production: { rules: { deletion-window: 'off' } } } }\n${keys}`,
    );
    const alone = await runCliCaptured(['validate', '-f', change]);
    expect(alone.code).toBe(0);
    const run = await runCliCaptured([
      'validate',
      '-f',
      change,
      '--base',
      base,
      '--format',
      'json',
    ]);
    expect(run.code).toBe(1);
    const output = JSON.parse(run.stdout) as { findings: { rule: string; severity: string }[] };
    expect(output.findings.map((finding) => [finding.rule, finding.severity])).toEqual([
      ['lint-config-change', 'warning'],
      ['deletion-window', 'error'],
    ]);
  });

  it('--base with a missing file is a usage error', async () => {
    const run = await runCliCaptured([
      'validate',
      '-f',
      'examples/kms.yaml',
      '--base',
      'nope.yaml',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('manifest nope.yaml not found');
  });
});

describe('kms-action validate: a raw key policy with invalid parts', () => {
  // IAM User Guide, "IAM JSON policy element reference": AWS refuses the whole policy; the
  // author gets every invalid part (errors, exit 2) and the lint of what can be understood.
  const manifest = `version: 1
keys:
  app:
    account: "111122223333"
    region: us-east-1
    environment: staging
    service: s3
    aliases: [alias/app]
    tags: { Team: storage }
    policy:
      document:
        Version: "2012-10-17"
        Statement:
          - Sid: Root
            Effect: Allow
            Principal: { AWS: "arn:aws:iam::111122223333:root" }
            Action: "kms:*"
            Resource: "*"
          - Sid: Mail
            Effect: Allow
            Principal: { AWS: "arn:aws:iam::111122223333:role/mail" }
            Action: "kms:Decrpyt"
            Resource: "*"
          - Sid: Anyone
            Effect: Allow
            Principal: "*"
            Action: "kms:Decrypt"
            Resource: "*"
`;

  it('lists each invalid part as an error and lints the other statements, exit 2', async () => {
    const run = await runCliCaptured([
      'validate',
      '-f',
      manifestFile(manifest),
      '--format',
      'json',
    ]);
    expect(run.code).toBe(2);
    const output = JSON.parse(run.stdout) as {
      valid: boolean;
      errors: { path: string; line: number }[];
      findings: { rule: string; line: number; message: string }[];
    };
    expect(output.valid).toBe(false);
    expect(output.errors).toEqual([
      expect.objectContaining({ path: '/keys/app/policy/document/Statement/1/Action', line: 22 }),
    ]);
    // No invalid-policy finding repeats the error; the public statement is still reported.
    expect(output.findings.map((finding) => [finding.rule, finding.line])).toEqual([
      ['missing-mfa-guard', 14],
      ['public-principal', 26],
    ]);
    expect(output.findings[1]?.message).toContain(
      '(read without the invalid statement `Mail`, which invalid-policy reports)',
    );
  });

  it('prints the errors, then the lint of the rest', async () => {
    const run = await runCliCaptured(['validate', '-f', manifestFile(manifest)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('`kms:Decrpyt` is not a KMS action');
    expect(run.stdout).toMatch(/kms\.yaml: invalid; lint of the rest: 2 findings\n/);
    expect(run.stdout).toContain('public-principal');
  });
});

/**
 * Attack: manifest text that `validate` quotes (a name in a message, the source line it frames,
 * the manifest's own file name, which a pull request chooses) carrying terminal control
 * sequences (OSC 8 hyperlink, screen clear, CR) or line breaks that start workflow commands of
 * the CI log (`::add-mask::`, a forged `::error`). Each is shown as [U+XXXX].
 */
describe('kms-action validate: hostile manifest text on the terminal', () => {
  // eslint-disable-next-line no-control-regex
  const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

  it('shows the control characters of a refused source line', async () => {
    const file = manifestFile(
      'version: 1\naccounts: { production: "111122223333" }\nkeys:\n  k1:\n    account: production\n' +
        '    region: us-east-1 # \u001b]8;;https://evil.example/\u0007click here\u001b]8;;\u0007\u001b[2J\r  fine\n',
    );
    const run = await runCliCaptured(['validate', '-f', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('control character U+001B');
    expect(run.stderr).toContain('# [U+001B]]8;;https://evil.example/[U+0007]click here');
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
  });

  it('shows the control characters and line breaks of names quoted in problems', async () => {
    const file = manifestFile(
      [
        'version: 1',
        'accounts: { production: "111122223333" }',
        'principals:',
        '  "app\\e]8;;https://evil.example/\\aCLICK\\e]8;;\\a": arn:aws:iam::111122223333:role/app',
        '  "x\\n::add-mask::\\n::error file=kms.yaml,line=1::forged": arn:aws:iam::111122223333:role/x',
        'keys:',
        '  k1:',
        '    account: production',
        '    region: us-east-1',
        '    tags: { "T\\e[2J\\e[H": v }',
        '',
      ].join('\n'),
    );
    const run = await runCliCaptured(['validate', '-f', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('x[U+000A]::add-mask::[U+000A]::error');
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
    expect(run.stderr).not.toMatch(/^\s*::/m);
  });

  it('shows a line break of the manifest file name inside its line', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'kms-action-validate-'));
    const file = join(directory, 'kms\n::error file=kms.yaml,line=1::forged.yaml');
    writeFileSync(
      file,
      'version: 1\naccounts: { production: "111122223333" }\nkeys:\n  k1: { account: production, region: us-east-1, environment: production, service: s3 }\n',
    );
    const run = await runCliCaptured(['validate', '-f', file]);
    expect(run.stdout).toContain('kms[U+000A]::error file=kms.yaml,line=1::forged.yaml: ');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s*::/m);
  });
});
