import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  AMBIENT_ACCOUNT,
  cli,
  createWorkspace,
  PRODUCTION,
  ROLE,
  snapshotLiveState,
  STAGING,
  type Workspace,
} from './plan-apply-harness.ts';

const ALL_ACCOUNTS = [AMBIENT_ACCOUNT, PRODUCTION, STAGING];

const manifest = (accounts: Record<string, string>): string => `version: 1
defaults:
  region: us-east-1
  policy: { admins: [admin] }
accounts: { ${Object.entries(accounts)
  .map(([name, id]) => `${name}: '${id}'`)
  .join(', ')} }
principals:
  admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
keys:
${Object.keys(accounts)
  .map(
    (name) =>
      `  ${name}-data: { account: ${name}, description: ${name} data, aliases: [alias/${name}-data] }`,
  )
  .join('\n')}
`;

describeWithEmulator('keys in several accounts', () => {
  let workspace: Workspace;

  beforeEach(async () => {
    await resetEmulatorState();
    workspace = await createWorkspace();
  });
  afterEach(async () => {
    await workspace.remove();
  });

  it('with --role-to-assume, writes each key in its own account, and the plan converges', async () => {
    await workspace.write(manifest({ production: PRODUCTION, staging: STAGING }));
    const apply = await cli(['apply', '--auto-approve', '--role-to-assume', ROLE], workspace.dir);
    expect(apply.stderr).toBe('');
    expect(apply.code).toBe(0);

    const live = await snapshotLiveState(ALL_ACCOUNTS);
    expect(live.map((key) => [key.account, key.name, key.aliases])).toEqual([
      [PRODUCTION, 'production-data', ['alias/production-data']],
      [STAGING, 'staging-data', ['alias/staging-data']],
    ]);
    const plan = await cli(
      ['plan', '--detailed-exitcode', '--role-to-assume', ROLE],
      workspace.dir,
    );
    expect(plan.code).toBe(0);
  });

  it('without --role-to-assume, a key outside the caller account is a clear error (exit 4) and nothing is written', async () => {
    // One key in the caller's own account: it must not be written either.
    await workspace.write(manifest({ own: AMBIENT_ACCOUNT, production: PRODUCTION }));

    const plan = await cli(['plan'], workspace.dir);
    expect(plan.code).toBe(4);
    const apply = await cli(['apply', '--auto-approve'], workspace.dir);
    expect(apply.code).toBe(4);
    for (const run of [plan, apply]) {
      expect(run.stderr).toMatch(/^kms-action: AWS error: /);
      expect(run.stderr).toContain(`belong to account ${AMBIENT_ACCOUNT}`);
      expect(run.stderr).toContain(`live in account ${PRODUCTION}`);
      expect(run.stderr).toContain('--role-to-assume');
    }
    expect(await snapshotLiveState(ALL_ACCOUNTS)).toEqual([]);
  });

  it('a fixed role for one account used for two is refused before any write (exit 4)', async () => {
    await workspace.write(manifest({ production: PRODUCTION, staging: STAGING }));
    const apply = await cli(
      ['apply', '--auto-approve', '--role-to-assume', `arn:aws:iam::${PRODUCTION}:role/kms-admin`],
      workspace.dir,
    );
    expect(apply.code).toBe(4);
    expect(apply.stderr).toContain(`live in account ${STAGING}`);
    expect(await snapshotLiveState(ALL_ACCOUNTS)).toEqual([]);
  });
});
