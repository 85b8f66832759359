/**
 * The library front end returns exactly what the CLI prints with `--format json`: the same
 * object for the same input, so the two can never disagree. Errors are the CLI's classes,
 * thrown, never printed.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  access,
  AwsAccessError,
  explainAccess,
  lintPolicy,
  ManifestError,
  plan,
  UsageError,
  validate,
} from '../../lib/index.ts';
import { runCliCaptured } from '../cli/run-cli-helper.ts';

/** What the CLI prints with `--format json`, parsed. */
async function cliJson(argv: string[]): Promise<unknown> {
  const run = await runCliCaptured(argv);
  expect(run.stderr).not.toContain('internal error');
  return JSON.parse(run.stdout) as unknown;
}

const INVALID = readdirSync('test/fixtures/invalid')
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => `test/fixtures/invalid/${name}`);

const ROOT = {
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 'kms:*',
  Resource: '*',
};

function policyFile(content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kms-action-lib-')), 'policy.json');
  writeFileSync(file, content);
  return file;
}

// Nothing the library does may reach the terminal: a program embedding it owns stdout.
let writes: string[];
beforeEach(() => {
  writes = [];
  const capture = (text: string | Uint8Array): boolean => {
    writes.push(String(text));
    return true;
  };
  vi.spyOn(process.stdout, 'write').mockImplementation(capture);
  vi.spyOn(process.stderr, 'write').mockImplementation(capture);
});
afterEach(() => {
  vi.restoreAllMocks();
  expect(writes).toEqual([]);
});

describe('validate() is `validate --format json`', () => {
  it.each(['examples/kms.yaml', 'examples/bad-kms.yaml', ...INVALID])(
    'the same document for %s',
    async (file) => {
      const expected = await cliJson(['validate', '-f', file, '--format', 'json']);
      expect(await validate({ file, env: {} })).toEqual(expected);
    },
  );

  it('with a base manifest, as `--base`', async () => {
    const expected = await cliJson([
      'validate',
      '-f',
      'examples/bad-kms.yaml',
      '--base',
      'examples/kms.yaml',
      '--format',
      'json',
    ]);
    expect(
      await validate({
        file: 'examples/bad-kms.yaml',
        base: { file: 'examples/kms.yaml' },
        env: {},
      }),
    ).toEqual(expected);
  });

  it('from text: the same document as from the file at that path', async () => {
    const text = readFileSync('examples/bad-kms.yaml', 'utf8');
    const fromText = await validate({ text, file: 'examples/bad-kms.yaml', env: {} });
    expect(fromText).toEqual(await validate({ file: 'examples/bad-kms.yaml', env: {} }));
    expect(fromText.findings.length).toBeGreaterThan(0);
  });

  it('an invalid manifest is a result with its errors, not an exception', async () => {
    const result = await validate({
      text: 'version: 1\nkeys:\n  app:\n    account: prod\n    region: us-east-1\n    state: enabeld\n',
      env: {},
    });
    expect(result.valid).toBe(false);
    expect(result.errors).toEqual([
      expect.objectContaining({ file: 'kms.yaml', path: '/keys/app/state', line: 6 }),
    ]);
  });

  it('a file that cannot be read is a UsageError that names the option, not a CLI flag', async () => {
    const failure = validate({ file: 'no/such/kms.yaml', env: {} });
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow(/pass its path with the `file` option$/);
  });

  it.each([
    ['../kms.yaml'],
    ['/etc/kms.yaml'],
    ['a/./kms.yaml'],
    [''],
    ['C:/infra/kms.yaml'],
    ['c:\\infra\\kms.yaml'],
    [42],
    [['kms.yaml']],
  ])('text whose file is not a path inside the repository (%j) is a UsageError', async (file) => {
    const failure = validate({ text: 'version: 1\n', file: file as string, env: {} });
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow(
      /file must be the manifest's path relative to its repository root/,
    );
  });

  it('the repository of the ownership tag comes from the options, else GITHUB_REPOSITORY', async () => {
    await expect(
      validate({ file: 'examples/kms.yaml', env: { GITHUB_REPOSITORY: 'not a repo' } }),
    ).rejects.toThrow("the `repository` option must look like 'owner/name', got 'not a repo'");
    await expect(
      validate({ file: 'examples/kms.yaml', repository: 'acme/keys', env: {} }),
    ).resolves.toMatchObject({ valid: true });
  });

  it.each([[['acme/keys']], [42], [{ toString: () => 'acme/keys' }]])(
    'a repository that is not a string (%j) is a UsageError, not coerced into the ownership tag',
    async (repository) => {
      for (const options of [
        { repository: repository as string, env: {} },
        { env: { GITHUB_REPOSITORY: repository as string } },
      ]) {
        await expect(validate({ file: 'examples/kms.yaml', ...options })).rejects.toThrow(
          /repository must look like 'owner\/name'/,
        );
      }
    },
  );
});

describe('lintPolicy() is `lint-policy --format json`', () => {
  const policies = {
    clean: JSON.stringify({ Version: '2012-10-17', Statement: [ROOT] }, null, 2),
    public: JSON.stringify(
      {
        Version: '2012-10-17',
        Statement: [
          ROOT,
          { Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' },
        ],
      },
      null,
      2,
    ),
    'not JSON': '{ "Version": "2012-10-17", ',
  };

  it.each(Object.entries(policies))('the same document for a %s policy', async (_, text) => {
    const file = policyFile(text);
    const expected = await cliJson([
      'lint-policy',
      file,
      '--environment',
      'production',
      '--account',
      '111122223333',
      '--format',
      'json',
    ]);
    const result = await lintPolicy({
      policy: text,
      file,
      environment: 'production',
      account: '111122223333',
    });
    expect(result).toEqual(expected);
  });

  it('an object is linted as its pretty-printed JSON', async () => {
    const object = JSON.parse(policies.public) as object;
    expect(await lintPolicy({ policy: object })).toEqual(
      await lintPolicy({ policy: policies.public }),
    );
    expect((await lintPolicy({ policy: object })).findings).toContainEqual(
      expect.objectContaining({ rule: 'public-principal', file: 'policy.json', key: null }),
    );
  });

  it.each([
    [{ account: '12345' }, "account must be a 12-digit AWS account id, got '12345'"],
    [{ region: 'mars' }, "region must be an AWS Region such as us-east-1, got 'mars'"],
    [{ keyArn: 'arn:aws:s3:::bucket' }, 'keyArn must be a KMS key ARN'],
    [
      {
        account: '444455556666',
        keyArn: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      },
      'account 444455556666 differs from the account of keyArn (111122223333)',
    ],
  ])('rejects the options %j with a UsageError', async (options, message) => {
    const failure = lintPolicy({ policy: policies.clean, ...options });
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow(message);
  });

  // An account id is a number to a JavaScript caller at a glance: 111122223333 passed the
  // 12-digit check as text, then counted the key's own account as another (cross-account
  // findings on its root).
  it.each([
    [{ account: 111122223333 }, 'account must be a string'],
    [{ region: ['us-east-1'] }, 'region must be a string'],
    [{ keyArn: 42 }, 'keyArn must be a string'],
    [{ environment: 42 }, 'environment must be a string'],
    [{ file: 42 }, 'file must be a string'],
  ])('rejects the option %j that is not a string with a UsageError', async (options, message) => {
    const failure = lintPolicy({ policy: policies.clean, ...(options as object) });
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.toThrow(message);
  });

  it('refuses a policy over 1 MiB unread', async () => {
    await expect(lintPolicy({ policy: ' '.repeat(1024 * 1024 + 1) })).rejects.toThrow(
      /over 1048576 bytes/,
    );
  });

  it('refuses what is not a policy', async () => {
    await expect(lintPolicy({ policy: 42 as unknown as string })).rejects.toThrow(UsageError);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    await expect(lintPolicy({ policy: cyclic })).rejects.toThrow(UsageError);
  });
});

describe('access() and explainAccess() are `access --format json` and `--explain`', () => {
  it('the same matrix for the example manifest, whole and for one key', async () => {
    expect(await access({ file: 'examples/kms.yaml', env: {} })).toEqual(
      await cliJson(['access', '-f', 'examples/kms.yaml', '--format', 'json']),
    );
    expect(await access({ file: 'examples/kms.yaml', keys: ['prod-rds'], env: {} })).toEqual(
      await cliJson(['access', '-f', 'examples/kms.yaml', '--key', 'prod-rds', '--format', 'json']),
    );
  });

  it.each([
    ['arn:aws:iam::111122223333:role/kms-admin', 'ScheduleKeyDeletion'],
    ['*', 'kms:Decrypt'],
    ['111122223333', 'Decrypt'],
  ])('the same explanation of %s %s', async (principal, action) => {
    const expected = await cliJson([
      'access',
      '-f',
      'examples/kms.yaml',
      '--explain',
      principal,
      action,
      '--format',
      'json',
    ]);
    expect(await explainAccess({ file: 'examples/kms.yaml', principal, action, env: {} })).toEqual(
      expected,
    );
  });

  it('an invalid manifest throws ManifestError with every problem', async () => {
    const failure = access({ file: 'test/fixtures/invalid/alias-aws-reserved.yaml', env: {} });
    await expect(failure).rejects.toThrow(ManifestError);
    const error = (await failure.catch((caught: unknown) => caught)) as ManifestError;
    expect(error.problems.length).toBeGreaterThan(0);
    expect(error.problems[0]).toMatchObject({
      file: 'test/fixtures/invalid/alias-aws-reserved.yaml',
    });
  });

  it('an unknown key or action throws UsageError', async () => {
    await expect(access({ file: 'examples/kms.yaml', keys: ['nope'], env: {} })).rejects.toThrow(
      "no key named 'nope' in examples/kms.yaml",
    );
    await expect(
      explainAccess({ file: 'examples/kms.yaml', principal: '*', action: 'kms:*', env: {} }),
    ).rejects.toThrow(UsageError);
  });
});

describe('options checked at run time for JavaScript callers', () => {
  it('a lone string where a list of key names belongs is a UsageError, not a list of characters', async () => {
    await expect(
      access({ file: 'examples/kms.yaml', keys: 'prod-s3' as unknown as string[], env: {} }),
    ).rejects.toThrow(
      "keys must be an array of key names, such as ['prod-s3'], got the string 'prod-s3'",
    );
    await expect(
      plan({ file: 'examples/kms.yaml', targets: 'prod-s3' as unknown as string[], env: {} }),
    ).rejects.toThrow(UsageError);
  });

  it('a role or working directory that is not a string is a UsageError', async () => {
    const role = ['arn:aws:iam::111122223333:role/kms-admin'] as unknown as string;
    await expect(plan({ file: 'examples/kms.yaml', roleToAssume: role, env: {} })).rejects.toThrow(
      /role-to-assume must be an IAM role ARN/,
    );
    await expect(
      validate({ file: 'examples/kms.yaml', cwd: 42 as unknown as string, env: {} }),
    ).rejects.toThrow(UsageError);
  });

  it('a principal or action that is not a string is a UsageError', async () => {
    await expect(
      explainAccess({
        file: 'examples/kms.yaml',
        principal: '*',
        action: undefined as unknown as string,
        env: {},
      }),
    ).rejects.toThrow(UsageError);
  });
});

describe('plan() fails before any AWS call on invalid input', () => {
  it('an invalid manifest is a ManifestError, an unknown target a UsageError', async () => {
    await expect(
      plan({ file: 'test/fixtures/invalid/alias-aws-reserved.yaml', env: {} }),
    ).rejects.toThrow(ManifestError);
    const failure = plan({ file: 'examples/kms.yaml', targets: ['nope'], env: {} });
    await expect(failure).rejects.toThrow(UsageError);
    await expect(failure).rejects.not.toThrow(AwsAccessError);
  });
});
