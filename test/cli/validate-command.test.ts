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
    ).toContain("--format must be one of text, json, got 'yaml'");
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
});
