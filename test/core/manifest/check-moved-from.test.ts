import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

function problemsOf(keys: string) {
  const text = `version: 1
defaults: { account: "111122223333", region: us-east-1 }
keys:
${keys}`;
  const result = readManifest('kms.yaml', text, {
    repository: 'acme/keys',
    manifestPath: 'kms.yaml',
  });
  return result.ok ? [] : result.problems;
}

describe('moved_from', () => {
  it('compiles a rename into the desired key', () => {
    const result = readManifest(
      'kms.yaml',
      'version: 1\ndefaults: { account: "111122223333", region: us-east-1 }\nkeys:\n  payments: { moved_from: app }\n',
      { repository: 'acme/keys', manifestPath: 'kms.yaml' },
    );
    expect(result.ok && result.desired.keys[0]).toMatchObject({
      name: 'payments',
      movedFrom: 'app',
      tags: { 'kms-action:key': 'payments' },
    });
  });

  it.each([
    [
      'its own name',
      '  app: { moved_from: app }\n',
      {
        line: 4,
        path: '/keys/app/moved_from',
        message: 'key `app` has `moved_from: app`, its own name',
      },
    ],
    [
      'a name that is still a key',
      '  app: {}\n  payments: { moved_from: app }\n',
      {
        line: 5,
        message: 'key `payments` has `moved_from: app`, but `app` is still a key of this manifest',
        hint: expect.stringContaining('remove the entry `app`'),
      },
    ],
    [
      'a chain',
      '  b: { moved_from: a }\n  c: { moved_from: b }\n',
      {
        line: 5,
        message: expect.stringContaining(
          '`b` is still a key of this manifest (itself moved from `a`)',
        ),
        hint: expect.stringContaining('renames do not chain'),
      },
    ],
    [
      'an old name two keys take',
      '  b: { moved_from: a }\n  c: { moved_from: a }\n',
      { line: 5, message: 'keys `b` and `c` both have `moved_from: a`' },
    ],
    [
      'an adopted key',
      `  b: { adopt: '${ARN}', moved_from: a }\n`,
      { line: 4, message: expect.stringContaining('has both `adopt` and `moved_from`') },
    ],
    [
      'a name no key can have',
      '  b: { moved_from: "-a" }\n',
      { line: 4, path: '/keys/b/moved_from' },
    ],
  ])('refuses %s, located, with a fix', (_, keys, expected) => {
    expect(problemsOf(keys)).toEqual([expect.objectContaining({ file: 'kms.yaml', ...expected })]);
  });

  it('refuses a cycle on both keys', () => {
    const problems = problemsOf('  a: { moved_from: b }\n  b: { moved_from: a }\n');
    expect(problems.map((problem) => problem.path)).toEqual([
      '/keys/a/moved_from',
      '/keys/b/moved_from',
    ]);
  });
});
