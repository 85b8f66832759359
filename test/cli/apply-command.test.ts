/**
 * Attack: `kms-action apply` printed its progress (`  … key.x: create ... key: <description>`),
 * its result and the AWS error line with the changes' text as written, while the plan printed
 * before it (and the Action's progress) showed it as [U+XXXX]. A description written with YAML
 * escapes in a valid manifest sent an OSC 8 hyperlink and a screen clear to the terminal during
 * the one command that writes to AWS, and `::stop-commands::` started a line of the CI log.
 * AWS is simulated with aws-sdk-client-mock: CreateKey fails after the first progress line,
 * with a message holding a line break of its own.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateKeyCommand,
  KMSClient,
  ListAliasesCommand,
  ListKeysCommand,
} from '@aws-sdk/client-kms';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/;
const ACCOUNT = '111122223333';

let dir: string;
const kms = mockClient(KMSClient);
const sts = mockClient(STSClient);
const tagging = mockClient(ResourceGroupsTaggingAPIClient);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kms-action-apply-'));
  sts
    .on(GetCallerIdentityCommand)
    .resolves({ Account: ACCOUNT, Arn: `arn:aws:iam::${ACCOUNT}:user/ci`, UserId: 'AIDA' });
  tagging.on(GetResourcesCommand).resolves({ ResourceTagMappingList: [] });
  kms.on(ListKeysCommand).resolves({ Keys: [], Truncated: false });
  kms.on(ListAliasesCommand).resolves({ Aliases: [], Truncated: false });
  // The AWS message itself may quote text too: a line break in it stays inside its line.
  kms
    .on(CreateKeyCommand)
    .rejects(new Error('simulated: stop after the first progress line\n::add-mask::x'));
});
afterAll(async () => {
  kms.restore();
  sts.restore();
  tagging.restore();
  await rm(dir, { recursive: true, force: true });
});

describe('kms-action apply: hostile manifest text on the terminal', () => {
  it('shows control characters and line breaks of a description in progress, result and error', async () => {
    const file = join(dir, 'kms.yaml');
    await writeFile(
      file,
      `version: 1
accounts: { production: "${ACCOUNT}" }
principals:
  kms-admin: arn:aws:iam::${ACCOUNT}:role/kms-admin
  app: arn:aws:iam::${ACCOUNT}:role/app
keys:
  prod-s3:
    account: production
    region: us-east-1
    environment: production
    service: s3
    aliases: [alias/prod-s3]
    description: "S3\\e]8;;https://evil.example/\\aCLICK\\e]8;;\\a\\e[2J\\n::stop-commands::pwned"
    policy:
      admins: [kms-admin]
      users: [app]
`,
    );
    const run = await runCliCaptured(['apply', '-f', file, '--auto-approve'], {
      env: {
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'x',
      },
    });
    expect(run.code).toBe(4);
    const shown =
      'S3[U+001B]]8;;https://evil.example/[U+0007]CLICK[U+001B]]8;;[U+0007][U+001B][2J[U+000A]::stop-commands::pwned';
    expect(run.stdout).toContain(`  … key.prod-s3: create SYMMETRIC_DEFAULT key: ${shown}`);
    expect(run.stdout).toContain('Failed at key.prod-s3; not attempted:');
    expect(run.stderr).toContain(`kms-action: AWS error: key.prod-s3 (`);
    expect(run.stderr).toContain(shown);
    expect(run.stderr).toContain('stop after the first progress line[U+000A]::add-mask::x');
    for (const output of [run.stdout, run.stderr]) {
      expect(output).not.toMatch(TERMINAL_CONTROL);
      expect(output).not.toMatch(/^\s*::/m);
    }
  }, 30_000);
});
