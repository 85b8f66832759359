/**
 * Attack: an error message quotes what it refuses (a manifest path, an option, a name, an AWS
 * message), and the CLI printed it as is: a line break in a path a pull request chooses (a
 * matrix job runs `validate -f <path>`) started a line of the CI log of its own (`::error`,
 * `::stop-commands::`), an escape sequence reached the terminal. Error messages are now
 * terminal text: every invisible or line-breaking character is shown as [U+XXXX].
 */
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const FORGED = '\n  ::stop-commands::pwned\u001b[2J';

describe('runCli error messages', () => {
  it.each([
    ['a usage error quoting a path', ['validate', '-f', `missing${FORGED}.yaml`]],
    ['an argument parser error quoting an option', ['validate', `--x${FORGED}`]],
    ['an unknown command', [`x${FORGED}`]],
  ])('shows the line breaks and escapes of %s', async (_name, argv) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[U+000A]  ::stop-commands::pwned[U+001B][2J');
    expect(run.stderr).not.toMatch(/^\s*::/m);
    expect(run.stderr).not.toMatch(TERMINAL_CONTROL);
  });
});
