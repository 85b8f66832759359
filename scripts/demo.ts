// `npm run demo [-- --keep]`: the main job end to end against a local KMS emulator (moto
// server): validate, plan, apply, re-plan (no changes); then an out-of-band change (a key
// disabled, an alias retargeted) and the plan and apply that repair it. It prints the
// environment it sets, so every command it shows can be re-run in another shell; `--keep`
// leaves the emulator running (with the demo's keys) until Ctrl-C.
import {
  CreateKeyCommand,
  DisableKeyCommand,
  KMSClient,
  ListKeysCommand,
  ListResourceTagsCommand,
  UpdateAliasCommand,
} from '@aws-sdk/client-kms';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { parseArgs } from 'node:util';
import { runCli } from '../cli/run-cli.ts';
import { startEmulator } from '../test/emulator/start-emulator.ts';
import { describeEmulatorEnvironment, quoteForShell } from './emulator-environment.ts';
import { waitForInterrupt } from './wait-for-interrupt.ts';

const MANIFEST = 'examples/kms.yaml';
const ROLE = 'arn:aws:iam::{account}:role/kms-admin';
const { values: options } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });

process.stdout.write(
  'Starting the local KMS emulator (moto server; the first run creates its Python venv)...\n',
);
const emulator = await startEmulator({ log: (message) => process.stdout.write(`  ${message}\n`) });
const emulatorEnv = describeEmulatorEnvironment(emulator.endpoint, {
  // The SDK's notice that its 2027 releases need Node 22: noise in a demo (the CLI keeps it).
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  // The repository part of the ownership tags (kms-action:manifest).
  GITHUB_REPOSITORY: 'acme/platform-keys',
});
const env: Record<string, string> = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && !emulatorEnv.unset.includes(entry[0]),
    ),
  ),
  ...emulatorEnv.set,
};
for (const name of emulatorEnv.unset) Reflect.deleteProperty(process.env, name);
Object.assign(process.env, env);
process.stdout.write(
  [
    `The demo runs with this environment (emulator on ${emulator.endpoint}). To re-run a command`,
    'it shows, paste these lines in another shell while the emulator runs (`npm run demo -- --keep`',
    'keeps it running at the end), then run it with `npm run -s kms-action --` in place of',
    '`kms-action` from this checkout, or with kms-action once installed:',
    '',
    emulatorEnv.shell,
    '',
  ].join('\n'),
);

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  cwd: process.cwd(),
  env,
  isTty: false,
};

async function step(title: string, argv: string[], expected: number[]): Promise<void> {
  process.stdout.write(`\n━━ ${title}\n$ kms-action ${argv.map(quoteForShell).join(' ')}\n`);
  const code = await runCli(argv, io);
  if (!expected.includes(code))
    throw new Error(
      `'kms-action ${argv.join(' ')}' exited ${code}, expected ${expected.join(' or ')}`,
    );
}

try {
  const aws = ['--role-to-assume', ROLE];
  await step('1. Validate and lint the manifest', ['validate', '-f', MANIFEST], [0]);
  await step(
    '   Who can do what with prod-s3, from its generated key policy',
    ['access', '-f', MANIFEST, '--key', 'prod-s3'],
    [0],
  );
  await step(
    '2. Plan against the (empty) emulator',
    ['plan', '-f', MANIFEST, '--detailed-exitcode', ...aws],
    [3],
  );
  await step('3. Apply', ['apply', '-f', MANIFEST, '--auto-approve', '--stats', ...aws], [0]);
  await step(
    '4. Plan again: nothing to do',
    ['plan', '-f', MANIFEST, '--detailed-exitcode', '--stats', ...aws],
    [0],
  );

  process.stdout.write(
    '\n━━ 5. Out-of-band changes: someone disables prod-rds and points alias/prod-s3-encryption at a stray key\n',
  );
  const kms = await kmsClientFor('111122223333', emulator.endpoint);
  const live = await listManagedKeyIds(kms);
  const rds = live.get('prod-rds');
  if (rds === undefined) throw new Error('prod-rds was not created');
  await kms.send(new DisableKeyCommand({ KeyId: rds }));
  const stray = await kms.send(new CreateKeyCommand({ Description: 'created by hand' }));
  await kms.send(
    new UpdateAliasCommand({
      AliasName: 'alias/prod-s3-encryption',
      TargetKeyId: stray.KeyMetadata?.KeyId ?? '',
    }),
  );

  await step(
    '6. Plan shows the repair',
    ['plan', '-f', MANIFEST, '--detailed-exitcode', ...aws],
    [3],
  );
  await step('7. Apply the repair', ['apply', '-f', MANIFEST, '--auto-approve', ...aws], [0]);
  await step(
    '8. Plan again: converged',
    ['plan', '-f', MANIFEST, '--detailed-exitcode', ...aws],
    [0],
  );
  process.stdout.write('\nDemo complete: validate, plan, apply, re-plan, drift repaired.\n');
  if (options.keep) {
    process.stdout.write(
      `\nThe emulator keeps running on ${emulator.endpoint} with the demo's keys: Ctrl-C stops it.\n`,
    );
    await waitForInterrupt();
  }
} catch (error) {
  process.stderr.write(
    `\nDemo failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  await emulator.stop();
}

async function kmsClientFor(account: string, endpoint: string): Promise<KMSClient> {
  const sts = new STSClient({ endpoint, region: 'us-east-1' });
  const session = await sts.send(
    new AssumeRoleCommand({
      RoleArn: `arn:aws:iam::${account}:role/kms-admin`,
      RoleSessionName: 'demo-out-of-band',
    }),
  );
  const credentials = session.Credentials;
  return new KMSClient({
    endpoint,
    region: 'us-east-1',
    credentials: {
      accessKeyId: credentials?.AccessKeyId ?? '',
      secretAccessKey: credentials?.SecretAccessKey ?? '',
      sessionToken: credentials?.SessionToken ?? '',
    },
  });
}

async function listManagedKeyIds(kms: KMSClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const keys = await kms.send(new ListKeysCommand({}));
  for (const key of keys.Keys ?? []) {
    if (key.KeyId === undefined) continue;
    const tags = await kms.send(new ListResourceTagsCommand({ KeyId: key.KeyId }));
    const name = tags.Tags?.find((tag) => tag.TagKey === 'kms-action:key')?.TagValue;
    if (name !== undefined) ids.set(name, key.KeyId);
  }
  return ids;
}
