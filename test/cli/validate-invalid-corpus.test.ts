import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

const DIRECTORY = 'test/fixtures/invalid';
const fixtures = readdirSync(DIRECTORY).filter((name) => name.endsWith('.yaml'));

/** `# expect: line N` from the fixture's own comment; UTF-16 fixtures carry none readable. */
function expectedLine(file: string): number | undefined {
  const match = /# expect: line (\d+)/.exec(readFileSync(file, 'latin1'));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

describe('kms-action validate on the malformed manifest corpus', () => {
  it('has a corpus to run', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  it.each(fixtures)('%s: exit 2 with a located JSON error at the expected line', async (name) => {
    const file = join(DIRECTORY, name);
    const run = await runCliCaptured(['validate', '-f', file, '--format', 'json']);
    expect(run.code).toBe(2);
    const output = JSON.parse(run.stdout) as {
      valid: boolean;
      errors: { file: string; line: number; column: number }[];
    };
    expect(output.valid).toBe(false);
    expect(output.errors.length).toBeGreaterThan(0);
    const line = expectedLine(file);
    if (line !== undefined) expect(output.errors.map((error) => error.line)).toContain(line);
    for (const error of output.errors) {
      expect(error.file).toBe(file);
      expect(error.column).toBeGreaterThanOrEqual(1);
    }
  });
});
