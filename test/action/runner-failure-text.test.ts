/**
 * The Action's failure and warning annotations go through @actions/core, which escapes CR and
 * LF but writes every other character as it is: an input or manifest text with ESC sequences
 * (screen clear, OSC 8 links) or bidi overrides reached the job log raw. The runner shows them
 * as `[U+XXXX]`.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runner } from '../../action/runner.ts';

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

describe('the runner', () => {
  it('writes a failure with its invisible characters revealed', async () => {
    const written: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    process.env['INPUT_GITHUB-TOKEN'] = 'token';
    process.env['INPUT_MODE'] = 'x\u001b[2J\u202Ey';
    await runner();
    const log = written.join('');
    expect(log).toContain("got 'x[U+001B][2J[U+202E]y'");
    expect(log).not.toContain('\u001b');
    expect(log).not.toContain('\u202E');
    expect(process.exitCode).toBe(1);
  });
});
