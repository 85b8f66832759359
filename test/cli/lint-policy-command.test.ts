import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

function policyFile(content: unknown): string {
  const directory = mkdtempSync(join(tmpdir(), 'kms-action-lint-policy-'));
  const file = join(directory, 'policy.json');
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

const ROOT = {
  Sid: 'RootBackstop',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 'kms:*',
  Resource: '*',
};
const GUARD = {
  Sid: 'DenyWithoutMfa',
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
  Resource: '*',
  Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
};

describe('kms-action lint-policy', () => {
  it('passes a policy with the root backstop, the MFA guard and scoped users', async () => {
    const file = policyFile({
      Version: '2012-10-17',
      Statement: [
        ROOT,
        GUARD,
        {
          Sid: 'App',
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::111122223333:role/app' },
          Action: ['kms:Decrypt', 'kms:Encrypt'],
          Resource: '*',
          Condition: { StringEquals: { 'kms:EncryptionContext:app': 'orders' } },
        },
      ],
    });
    const run = await runCliCaptured(['lint-policy', file]);
    expect(run.stdout).toBe(`${file}: no lint findings\n`);
    expect(run.code).toBe(0);
  });

  it('reports a public statement with its line, and exits 1', async () => {
    const file = policyFile({
      Version: '2012-10-17',
      Statement: [
        ROOT,
        GUARD,
        { Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' },
      ],
    });
    const run = await runCliCaptured(['lint-policy', file, '--format', 'json']);
    expect(run.code).toBe(1);
    const line =
      readFileSync(file, 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('"Principal": "*"')) + 1;
    expect(JSON.parse(run.stdout)).toEqual({
      format_version: 1,
      findings: [
        expect.objectContaining({
          rule: 'public-principal',
          severity: 'error',
          line,
          key: null,
        }),
      ],
    });
  });

  it('reports every invalid part at once, each with its line, and the other rules too', async () => {
    // IAM User Guide, "IAM JSON policy element reference": a statement needs a Resource, AWS
    // principals (not managed policies), known actions and condition operators; RFC 8259
    // section 4: a name repeated in one object is read differently by different readers.
    const file = policyFile(`{
  "Version": "2012-10-17",
  "Statement": [
    ${JSON.stringify(ROOT)},
    ${JSON.stringify(GUARD)},
    {
      "Sid": "App",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::aws:policy/PowerUserAccess" },
      "Action": "kms:Decrpyt",
      "Condition": { "StringEqual": { "kms:ViaService": "s3.us-east-1.amazonaws.com" } }
    },
    {
      "Sid": "Anyone",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "kms:Decrypt",
      "Resource": "*",
      "Action": "kms:Encrypt"
    },
    { "Sid": "Open", "Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*" }
  ]
}
`);
    const run = await runCliCaptured(['lint-policy', file]);
    expect(run.code).toBe(1);
    const findings = run.stdout
      .split('\n')
      .filter((line) => line.startsWith(`  ${file}:`))
      .map((line) => {
        const [, where = '', rule = ''] = /:(\d+:\d+)\s.*\s(\S+)$/.exec(line) ?? [];
        return `${where} ${rule}`;
      });
    expect(findings).toEqual([
      '6:5 invalid-policy', // no Resource
      '9:29 invalid-policy', // a managed policy as principal
      '10:17 invalid-policy', // unknown action
      '11:37 invalid-policy', // unknown operator
      '16:20 public-principal', // the broken wildcard Allow, undecided
      '19:7 invalid-policy', // the second "Action"
      '21:54 public-principal', // the valid public statement
    ]);
    expect(run.stdout).toContain('7 findings: 7 errors.');
  });

  it('--account makes the root of another account a cross-account finding', async () => {
    const file = policyFile({ Version: '2012-10-17', Statement: [ROOT, GUARD] });
    const run = await runCliCaptured([
      'lint-policy',
      file,
      '--account',
      '444455556666',
      '--fail-on',
      'warning',
    ]);
    expect(run.stdout).toContain('cross-account-access');
    expect(run.code).toBe(1);
  });

  it('writes SARIF', async () => {
    const file = policyFile('{"Version": "2012-10-17", "Statement": [}');
    const run = await runCliCaptured(['lint-policy', file, '--format', 'sarif']);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { runs: { results: { ruleId: string }[] }[] };
    expect(log.runs[0]?.results.map((result) => result.ruleId)).toEqual(['invalid-policy']);
  });

  it.each([
    [['lint-policy'], 'lint-policy needs the policy file'],
    [['lint-policy', 'missing.json'], 'policy file missing.json not found'],
    [['lint-policy', 'a.json', 'b.json'], 'lint-policy takes one policy file, got 2'],
    [
      ['lint-policy', 'a.json', '--account', '12345'],
      "--account must be a 12-digit AWS account id, got '12345'",
    ],
    [
      ['lint-policy', 'a.json', '--format', 'markdown'],
      "--format must be one of text, json, sarif, got 'markdown'",
    ],
  ])('refuses bad usage with exit 2: %j', async (argv, message) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it('shows its help and is listed in the tool help', async () => {
    expect((await runCliCaptured(['lint-policy', '--help'])).stdout).toContain(
      'Usage: kms-action lint-policy',
    );
    expect((await runCliCaptured(['--help'])).stdout).toContain('lint-policy');
  });

  describe('the key a statement Resource must name (issue 12.1; KMS Developer Guide, "Key policies in AWS KMS")', () => {
    const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    // The root backstop scoped to a key of another Region: it never applies to this key.
    const scopedRoot = (resource: string) =>
      policyFile({ Version: '2012-10-17', Statement: [GUARD, { ...ROOT, Resource: resource }] });

    it('reports no-root-backstop when the only root statement names a key of another Region (--region, --account)', async () => {
      const file = scopedRoot('arn:aws:kms:eu-west-1:111122223333:key/*');
      const run = await runCliCaptured([
        'lint-policy',
        file,
        '--account',
        '111122223333',
        '--region',
        'us-east-1',
        '--format',
        'json',
      ]);
      expect(run.stdout).toContain('"no-root-backstop"');
      expect(run.code).toBe(1);
    });

    it('takes the key ARN (--key-arn): the root statement naming this very key is a backstop', async () => {
      const run = await runCliCaptured([
        'lint-policy',
        scopedRoot(KEY_ARN),
        '--key-arn',
        KEY_ARN,
        '--format',
        'json',
      ]);
      expect(run.stdout).not.toContain('no-root-backstop');
      expect(run.code).toBe(0);
    });

    it('without --key-arn, a root statement naming one key id cannot be shown to apply: reported, and it says what it assumed', async () => {
      const run = await runCliCaptured([
        'lint-policy',
        scopedRoot(KEY_ARN),
        '--account',
        '111122223333',
        '--region',
        'us-east-1',
      ]);
      expect(run.stdout).toContain('no-root-backstop');
      expect(run.stderr).toContain('--key-arn');
    });

    it('refuses a malformed or contradictory --key-arn', async () => {
      const file = scopedRoot('*');
      expect((await runCliCaptured(['lint-policy', file, '--key-arn', 'alias/app'])).code).toBe(2);
      const contradiction = await runCliCaptured([
        'lint-policy',
        file,
        '--key-arn',
        KEY_ARN,
        '--region',
        'eu-west-1',
      ]);
      expect(contradiction.code).toBe(2);
      expect(contradiction.stderr).toContain('--region');
    });
  });
});

/**
 * Attack: a statement id of the linted policy written with line breaks and a bidi override: the
 * findings quote it, and each LF started a line of the CI log (`::stop-commands::`, a forged
 * `::error`) while U+202E reordered what the reader saw. Both are now shown as [U+XXXX].
 */
describe('kms-action lint-policy: hostile policy text on the terminal', () => {
  it('does not start a line of the log, or reorder it, from a statement id', async () => {
    const file = policyFile({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'A\n::stop-commands::pwned\n  ::error file=kms.yaml,line=1::forged\u202eevil',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: 'kms:*',
          Resource: '*',
        },
      ],
    });
    const run = await runCliCaptured(['lint-policy', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('A[U+000A]::stop-commands::pwned[U+000A]  ::error');
    expect(run.stdout).not.toMatch(/^\s*::/m);
    expect(run.stdout).not.toContain('\u202e');
  });
});
