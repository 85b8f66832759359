import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';
import { displayWidth } from '../../core/render/render-access-table.ts';

interface AccessJson {
  format_version: number;
  keys: {
    key: string;
    entries: { principal: string; action: string; allowed: string; requires: string[] }[];
  }[];
}

async function accessOf(key: string): Promise<AccessJson['keys'][number]['entries']> {
  const run = await runCliCaptured([
    'access',
    '-f',
    'examples/kms.yaml',
    '--key',
    key,
    '--format',
    'json',
  ]);
  expect(run.code).toBe(0);
  const output = JSON.parse(run.stdout) as AccessJson;
  expect(output.format_version).toBe(1);
  expect(output.keys.map((entry) => entry.key)).toEqual([key]);
  return output.keys[0]!.entries;
}

function verdict(entries: Awaited<ReturnType<typeof accessOf>>, principal: string, action: string) {
  const entry = entries.find(
    (candidate) => candidate.principal === principal && candidate.action === action,
  );
  if (entry === undefined) throw new Error(`no entry for ${principal} ${action}`);
  return { allowed: entry.allowed, requires: entry.requires };
}

describe('kms-action access', () => {
  it('shows the example key users, admins, partner and anyone with the verdicts the intent asks for', async () => {
    const entries = await accessOf('prod-s3');
    const user = 'arn:aws:iam::111122223333:role/app-s3';
    const admin = 'arn:aws:iam::111122223333:role/kms-admin';
    const partner = 'arn:aws:iam::222222222222:role/AppRole';
    expect(verdict(entries, user, 'kms:Decrypt')).toEqual({
      allowed: 'conditional',
      requires: ['encryption_context', 'via_service'],
    });
    expect(verdict(entries, user, 'kms:ScheduleKeyDeletion').allowed).toBe('no');
    expect(verdict(entries, admin, 'kms:Decrypt').allowed).toBe('no');
    expect(verdict(entries, admin, 'kms:ScheduleKeyDeletion')).toEqual({
      allowed: 'conditional',
      requires: ['mfa'],
    });
    expect(verdict(entries, partner, 'kms:Decrypt')).toEqual({
      allowed: 'conditional',
      requires: ['encryption_context', 'iam_policy_in_account'],
    });
    expect(verdict(entries, partner, 'kms:Encrypt').allowed).toBe('no');
    expect(
      entries.filter((entry) => entry.principal === '*').every((entry) => entry.allowed === 'no'),
    ).toBe(true);
  });

  it('prints a table per key in text and Markdown', async () => {
    const text = await runCliCaptured(['access', '-f', 'examples/kms.yaml', '--key', 'prod-rds']);
    expect(text.stdout).toMatch(/^prod-rds \(111122223333 us-east-1\)\nprincipal +Dec +Enc /);
    const markdown = await runCliCaptured([
      'access',
      '-f',
      'examples/kms.yaml',
      '--format',
      'markdown',
    ]);
    expect(markdown.stdout).toContain('| `arn:aws:iam::111122223333:role/orders-db` |');
  });

  it('refuses an unknown key name with exit 2', async () => {
    const run = await runCliCaptured(['access', '-f', 'examples/kms.yaml', '--key', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no key named 'nope'");
  });

  describe('--explain PRINCIPAL ACTION (issue 12.7)', () => {
    const manifest = `version: 1
accounts: { production: "111122223333" }
keys:
  shared:
    account: production
    region: us-east-1
    policy:
      document:
        Version: "2012-10-17"
        Statement:
          - Sid: Root
            Effect: Allow
            Principal: { AWS: "arn:aws:iam::111122223333:root" }
            Action: "kms:*"
            Resource: "*"
          - Sid: AppUse
            Effect: Allow
            Principal: { AWS: "arn:aws:iam::111122223333:role/app" }
            Action: ["kms:Decrypt", "kms:Encrypt"]
            Resource: "*"
            Condition:
              StringEquals: { "kms:EncryptionContext:project": portfolio }
          - Sid: BucketOnly
            Effect: Allow
            Principal: { AWS: "arn:aws:iam::111122223333:role/app" }
            Action: "kms:Decrypt"
            Resource: "arn:aws:s3:::my-bucket"
          - Sid: NoDeleteWithoutMfa
            Effect: Deny
            Principal: "*"
            Action: "kms:ScheduleKeyDeletion"
            Resource: "*"
            Condition:
              BoolIfExists: { "aws:MultiFactorAuthPresent": "false" }
`;
    const directory = mkdtempSync(join(tmpdir(), 'kms-action-explain-'));
    writeFileSync(join(directory, 'kms.yaml'), manifest);
    const explain = (...args: string[]) =>
      runCliCaptured(['access', '--explain', ...args], { cwd: directory });

    it('prints the decision, the deciding statements with their line, and the conditions still required', async () => {
      const run = await explain('arn:aws:iam::111122223333:role/app', 'Decrypt');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('kms:Decrypt: conditional (requires encryption_context)');
      expect(run.stdout).toMatch(/allows +AppUse \(kms\.yaml:16\)/);
      expect(run.stdout).toContain('StringEquals kms:EncryptionContext:project = portfolio');
      // Its Resource is a bucket: it never applies to the key, and is not listed as deciding.
      expect(run.stdout).not.toMatch(/allows +BucketOnly/);
    });

    it('names the Deny that decides a "no" and the delegation of the root statement', async () => {
      const run = await explain(
        'arn:aws:iam::111122223333:role/other',
        'kms:ScheduleKeyDeletion',
        '--key',
        'shared',
      );
      expect(run.stdout).toContain(
        'kms:ScheduleKeyDeletion: no, left to IAM policies of the account',
      );
      expect(run.stdout).toMatch(/delegates +Root \(kms\.yaml:11\)/);
      expect(run.stdout).toMatch(/denies +NoDeleteWithoutMfa \(kms\.yaml:28\)/);
    });

    it('gives the same as JSON', async () => {
      const run = await explain(
        'arn:aws:iam::111122223333:role/app',
        'kms:Decrypt',
        '--format',
        'json',
      );
      const output = JSON.parse(run.stdout) as {
        format_version: number;
        explanations: {
          key: string;
          allowed: string;
          requires: string[];
          statements: { sid: string; role: string; line: number }[];
        }[];
      };
      expect(output.format_version).toBe(1);
      expect(output.explanations[0]).toMatchObject({
        key: 'shared',
        allowed: 'conditional',
        requires: ['encryption_context'],
        statements: expect.arrayContaining([
          expect.objectContaining({ sid: 'AppUse', role: 'allows', line: 16 }),
        ]),
      });
    });

    it('refuses --explain without an action', async () => {
      const run = await explain('arn:aws:iam::111122223333:role/app');
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('--explain');
    });
  });
});

describe('kms-action access follows the key spec and usage', () => {
  it('an HMAC key shows GenerateMac and VerifyMac columns, no Decrypt; administrators never CreateGrant', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kms-access-'));
    try {
      await writeFile(
        join(dir, 'kms.yaml'),
        `version: 1
defaults: { region: us-east-1, account: '111122223333' }
principals:
  admin: arn:aws:iam::111122223333:role/kms-admin
  app: arn:aws:iam::111122223333:role/app
keys:
  tokens:
    key_spec: HMAC_256
    key_usage: GENERATE_VERIFY_MAC
    policy: { admins: [admin], users: [app] }
`,
      );
      const run = await runCliCaptured(['access', '--format', 'json'], { cwd: dir });
      expect(run.code).toBe(0);
      const entries = (JSON.parse(run.stdout) as AccessJson).keys[0]?.entries ?? [];
      expect([...new Set(entries.map((entry) => entry.action))]).toEqual([
        'kms:GenerateMac',
        'kms:VerifyMac',
        'kms:DescribeKey',
        'kms:CreateGrant',
        'kms:PutKeyPolicy',
        'kms:ScheduleKeyDeletion',
        'kms:DisableKey',
      ]);
      expect(
        verdict(entries, 'arn:aws:iam::111122223333:role/app', 'kms:GenerateMac').allowed,
      ).toBe('yes');
      expect(
        verdict(entries, 'arn:aws:iam::111122223333:role/kms-admin', 'kms:CreateGrant').allowed,
      ).toBe('no');
      expect(
        verdict(entries, 'arn:aws:iam::111122223333:role/app', 'kms:CreateGrant').allowed,
      ).toBe('no');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('kms-action access text table', () => {
  it('fits 100 columns for the example manifest and includes DescribeKey', async () => {
    const run = await runCliCaptured(['access', '-f', 'examples/kms.yaml']);
    expect(run.code).toBe(0);
    const widths = run.stdout.split('\n').map((line) => displayWidth(line));
    expect(Math.max(...widths)).toBeLessThanOrEqual(100);
    expect(run.stdout).toMatch(/^principal +Dec +Enc +GenDK +ReFrom +ReTo +Desc +Grant/m);
    expect(run.stdout).toMatch(/^222222222222:role\/AppRole +\?CP +✗ /m);
  });

  it('prints the full grid with --wide', async () => {
    const run = await runCliCaptured(['access', '-f', 'examples/kms.yaml', '--wide']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^arn:aws:iam::222222222222:role\/AppRole +if:encryption_context\+iam_policy_in_account +no /m,
    );
    expect(run.stdout).toContain('DescribeKey');
  });
});

/**
 * Attack: `access --explain` (text) printed condition values of a valid manifest as they were
 * written: an encryption context value with an OSC 8 hyperlink, a screen clear and a line break
 * reached the terminal, and `::error ...` started a line of the CI log, with exit 0. Each is
 * now shown as [U+XXXX]; the JSON form keeps the value (JSON escapes it).
 */
describe('kms-action access --explain: hostile manifest text on the terminal', () => {
  const hostile =
    'p\u001b]8;;https://evil.example/\u0007CLICK\u001b]8;;\u0007\u001b[2J\n  ::error file=kms.yaml,line=1::forged';
  const manifest = `version: 1
accounts: { production: "111122223333" }
principals:
  kms-admin: arn:aws:iam::111122223333:role/kms-admin
  app: arn:aws:iam::111122223333:role/app
keys:
  prod-s3:
    account: production
    region: us-east-1
    environment: production
    service: s3
    policy:
      admins: [kms-admin]
      users: [app]
      encryption_context: { project: ${JSON.stringify(hostile)} }
`;
  const explain = ['--explain', 'arn:aws:iam::111122223333:role/app', 'Decrypt'];

  it('shows control characters and line breaks of a condition value', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'kms-action-access-'));
    const file = join(directory, 'kms.yaml');
    writeFileSync(file, manifest);
    const run = await runCliCaptured(['access', '-f', file, ...explain]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'kms:EncryptionContext:project = p[U+001B]]8;;https://evil.example/[U+0007]CLICK',
    );
    expect(run.stdout).toContain('[U+001B][2J[U+000A]  ::error');
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).not.toMatch(/^\s*::/m);

    const json = await runCliCaptured(['access', '-f', file, ...explain, '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.stdout).toContain(JSON.stringify(hostile).slice(1, -1));
  });
});
