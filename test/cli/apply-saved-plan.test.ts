import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kms-action-saved-plan-'));
  await writeFile(
    join(dir, 'truncated.json'),
    '{"format_version": 1, "kind": "kms-action-plan", "cha',
  );
  await writeFile(join(dir, 'v2.json'), '{"format_version": 2}');
  await writeFile(join(dir, 'real.json'), '{}');
  await symlink(join(dir, 'real.json'), join(dir, 'linked.json'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('apply --plan reads the plan file strictly, before any AWS call', () => {
  it.each([
    ['truncated.json', 'is not a kms-action plan file of format 1: it is not valid JSON'],
    ['v2.json', 'format_version must be 1, got 2'],
    ['missing.json', 'plan file missing.json not found'],
    ['linked.json', 'must be a regular file reached without a symbolic link'],
  ])('%s: exit 2 with the reason', async (file, message) => {
    const run = await runCliCaptured(['apply', '--plan', file], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('documents --out and --plan in the help', async () => {
    expect((await runCliCaptured(['plan', '--help'])).stdout).toContain('--out <file>');
    expect((await runCliCaptured(['apply', '--help'])).stdout).toContain('--plan <file>');
  });
});
