import { describe, expect, it } from 'vitest';
import type { ReadProgress } from '../../adapters/aws/read-progress.ts';
import type { CliIo } from '../../cli/cli-io.ts';
import { reportProgress } from '../../cli/report-progress.ts';

function fakeIo(stderrIsTty: boolean): { io: CliIo; stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    io: {
      stdout: (text) => {
        out += text;
      },
      stderr: (text) => {
        err += text;
      },
      cwd: '/',
      env: {},
      isTty: false,
      stderrIsTty,
    },
    stdout: () => out,
    stderr: () => err,
  };
}

/** Two accounts read side by side, as readLiveState reports them. */
function readTwoAccounts(onProgress: (progress: ReadProgress) => void, first = 15, second = 10) {
  const a = { account: '111122223333', region: 'eu-west-1', read: 0, total: first };
  const b = { account: '444455556666', region: 'eu-west-1', read: 0, total: second };
  onProgress({ ...a });
  onProgress({ ...b });
  for (let index = 0; index < Math.max(first, second); index += 1) {
    if (a.read < a.total) onProgress({ ...a, read: (a.read += 1) });
    if (b.read < b.total) onProgress({ ...b, read: (b.read += 1) });
  }
}

describe('reportProgress', () => {
  it('writes one line per account and Region to a stderr that is not a terminal', () => {
    const fake = fakeIo(false);
    const { onProgress, end } = reportProgress(fake.io, 25);
    readTwoAccounts(onProgress);
    end();
    expect(fake.stderr()).toBe(
      'kms-action: account 444455556666 eu-west-1: 10/10 keys read\n' +
        'kms-action: account 111122223333 eu-west-1: 15/15 keys read\n',
    );
    expect(fake.stdout()).toBe('');
  });

  it('rewrites one line on a terminal and ends it when an account and Region is done', () => {
    const fake = fakeIo(true);
    const { onProgress, end } = reportProgress(fake.io, 25);
    readTwoAccounts(onProgress);
    end();
    const screen = fake.stderr();
    expect(screen).toContain(
      '\r\u001b[Kkms-action: account 111122223333 eu-west-1: 7/15 keys read',
    );
    // What stays on screen: the final count of each account and Region, one line each.
    const lines = screen.split('\n').map((line) => line.split('\r\u001b[K').at(-1));
    expect(lines).toEqual([
      'kms-action: account 444455556666 eu-west-1: 10/10 keys read',
      'kms-action: account 111122223333 eu-west-1: 15/15 keys read',
      '',
    ]);
  });

  it('ends a half-written line when the read stops early, so an error starts on its own line', () => {
    const fake = fakeIo(true);
    const { onProgress, end } = reportProgress(fake.io, 25);
    onProgress({ account: '111122223333', region: 'eu-west-1', read: 3, total: 25 });
    end();
    expect(fake.stderr().endsWith('3/25 keys read\n')).toBe(true);
  });

  it('stays silent for a manifest of 20 keys or fewer', () => {
    const fake = fakeIo(true);
    const { onProgress, end } = reportProgress(fake.io, 20);
    readTwoAccounts(onProgress, 12, 8);
    end();
    expect(fake.stderr()).toBe('');
  });

  it('without a manifest (import), speaks for a Region of more than 20 keys only', () => {
    const fake = fakeIo(false);
    const { onProgress, end } = reportProgress(fake.io, undefined);
    readTwoAccounts(onProgress, 21, 20);
    end();
    expect(fake.stderr()).toBe('kms-action: account 111122223333 eu-west-1: 21/21 keys read\n');
  });
});
