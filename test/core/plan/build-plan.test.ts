import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { selectTargetKeys } from '../../../core/plan/select-target-keys.ts';
import { ACCOUNT, REGION, desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

const APP_KEY = `  app:
    description: app key
    aliases: [alias/app]
    policy: { users: [app] }
`;

const actions = (plan: ReturnType<typeof buildPlan>) =>
  plan.changes.map((change) => `${change.action} ${change.address}`);

describe('buildPlan', () => {
  it('creates a missing key with its policy and ownership tags, then rotation, then its alias', () => {
    const desired = desiredFrom(APP_KEY);
    const plan = buildPlan(desired, liveState(desired, []));
    expect(actions(plan)).toEqual([
      'create key.app',
      'update-rotation key.app',
      'create-alias alias.alias/app',
    ]);
    const create = plan.changes[0];
    expect(create?.action === 'create' && create.after.tags).toMatchObject({
      'kms-action:manifest': 'acme/keys/kms.yaml',
      'kms-action:key': 'app',
    });
    expect(create?.action === 'create' && create.after.policy?.Statement.length).toBeGreaterThan(1);
    expect(plan.problems).toEqual([]);
  });

  it('plans nothing when the live key matches the manifest', () => {
    const desired = desiredFrom(APP_KEY);
    const plan = buildPlan(desired, liveState(desired, [liveFrom(keyNamed(desired, 'app'))]));
    expect(plan.changes).toEqual([]);
    expect(plan.summary.changes).toBe(0);
  });

  it('compares policies by meaning: reordered statements and principals are no change', () => {
    const desired = desiredFrom(APP_KEY);
    const key = keyNamed(desired, 'app');
    const document = key.policy?.document;
    if (document === undefined) throw new Error('no policy');
    const shuffled = { ...document, Statement: [...document.Statement].reverse() };
    const plan = buildPlan(desired, liveState(desired, [liveFrom(key, { policy: shuffled })]));
    expect(plan.changes).toEqual([]);
  });

  it('does not create a key that the manifest wants deleted', () => {
    const desired = desiredFrom(`  gone:\n    state: pending_deletion\n`);
    expect(buildPlan(desired, liveState(desired, [])).changes).toEqual([]);
  });

  it('brings a key back from pending deletion: cancel, then enable, before anything else', () => {
    const desired = desiredFrom(APP_KEY.replace('description: app key', 'description: new text'));
    const live = liveFrom(keyNamed(desired, 'app'), {
      state: 'PendingDeletion',
      description: 'old',
    });
    const plan = buildPlan(desired, liveState(desired, [live]));
    expect(actions(plan)).toEqual([
      'cancel-deletion key.app',
      'enable key.app',
      'update-description key.app',
    ]);
  });

  it('schedules deletion with the window, as the only, destructive change of the key', () => {
    const desired = desiredFrom(
      `  old:\n    state: pending_deletion\n    deletion_window_in_days: 7\n    description: changed\n`,
    );
    const live = liveFrom(keyNamed(desired, 'old'), { state: 'Enabled', description: 'before' });
    const plan = buildPlan(desired, liveState(desired, [live]));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        action: 'schedule-deletion',
        windowInDays: 7,
        risk: 'destructive',
        keyId: live.id,
      }),
    ]);
  });

  it('disables an enabled key as a disruptive change', () => {
    const desired = desiredFrom(`  app:\n    state: disabled\n`);
    const live = liveFrom(keyNamed(desired, 'app'), { state: 'Enabled' });
    const plan = buildPlan(desired, liveState(desired, [live]));
    expect(plan.changes).toEqual([
      expect.objectContaining({ action: 'disable', risk: 'disruptive' }),
    ]);
  });

  it('reports a managed key missing from the manifest as an orphan, unless it is already pending deletion', () => {
    const desired = desiredFrom(APP_KEY);
    const app = liveFrom(keyNamed(desired, 'app'));
    const orphan = liveFrom(keyNamed(desired, 'app'), {
      ownership: { manifest: desired.owner, key: 'old-key' },
      aliases: [],
    });
    const deleted = liveFrom(keyNamed(desired, 'app'), {
      ownership: { manifest: desired.owner, key: 'older' },
      aliases: [],
      state: 'PendingDeletion',
    });
    const plan = buildPlan(desired, liveState(desired, [app, orphan, deleted]));
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'orphan',
        key: 'old-key',
        help: expect.stringContaining('write `moved_from: old-key` on its new entry'),
      }),
    ]);
    expect(plan.changes).toEqual([]);
  });

  it('refuses to change an immutable attribute and explains the replace procedure', () => {
    const desired = desiredFrom(`  app:\n    key_spec: RSA_2048\n    key_usage: SIGN_VERIFY\n`);
    const live = liveFrom(keyNamed(desired, 'app'), {
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
    });
    const plan = buildPlan(desired, liveState(desired, [live]));
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'immutable-change',
        message: expect.stringContaining('key_spec (SYMMETRIC_DEFAULT -> RSA_2048)'),
        help: expect.stringContaining('move the alias'),
      }),
    ]);
    expect(plan.changes).toEqual([]);
  });

  it('moves an alias between two managed keys with one retarget, not a delete and a create', () => {
    const before = desiredFrom(`  a:\n    aliases: [alias/shared]\n  b: {}\n`);
    const after = desiredFrom(`  a: {}\n  b:\n    aliases: [alias/shared]\n`);
    const liveA = liveFrom(keyNamed(before, 'a'));
    const liveB = liveFrom(keyNamed(before, 'b'));
    const plan = buildPlan(after, liveState(after, [liveA, liveB]));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        action: 'retarget',
        alias: 'alias/shared',
        keyId: liveB.id,
        risk: 'disruptive',
      }),
    ]);
  });

  it('repoints an alias that drifted to an unmanaged key, and deletes a managed key alias no longer declared', () => {
    const desired = desiredFrom(APP_KEY);
    const key = keyNamed(desired, 'app');
    const live = liveFrom(key, {
      aliases: [
        {
          name: 'alias/legacy',
          arn: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/legacy`,
          targetKeyId: 'x',
        },
      ],
    });
    live.aliases[0]!.targetKeyId = live.id;
    const stray = {
      name: 'alias/app',
      arn: `arn:aws:kms:${REGION}:${ACCOUNT}:alias/app`,
      targetKeyId: 'stray-key-id',
    };
    const plan = buildPlan(desired, liveState(desired, [live], [stray]));
    expect(actions(plan)).toEqual(['retarget alias.alias/app', 'delete-alias alias.alias/legacy']);
    expect(plan.changes[0]).toMatchObject({
      before: 'stray-key-id',
      after: 'app',
      note: expect.stringContaining('does not manage'),
    });
  });

  it('sets changed tags and removes undeclared ones, never the aws: or ownership tags', () => {
    const desired = desiredFrom(`  app:\n    tags: { team: payments, env: prod }\n`);
    const key = keyNamed(desired, 'app');
    const live = liveFrom(key, {
      tags: { ...key.tags, team: 'old', stray: 'x', 'aws:cloudformation:stack-name': 's' },
    });
    const plan = buildPlan(desired, liveState(desired, [live]));
    expect(plan.changes).toEqual([
      expect.objectContaining({
        action: 'tag',
        set: { team: 'payments' },
        remove: ['stray'],
        risk: 'disruptive',
      }),
    ]);
  });

  it('reports undeclared grants and a changed declared grant as destructive revocations, after recreating the declared one', () => {
    const desired = desiredFrom(
      `  app:\n    grants:\n      - { name: batch, grantee: app, operations: [Decrypt, Encrypt] }\n`,
    );
    const key = keyNamed(desired, 'app');
    const live = liveFrom(key, {
      grants: [
        {
          grantId: 'g1',
          name: 'batch',
          granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/app`,
          operations: ['Decrypt'],
        },
        {
          grantId: 'g2',
          granteePrincipal: 'arn:aws:iam::999999999999:role/x',
          operations: ['Decrypt'],
        },
      ],
    });
    const plan = buildPlan(desired, liveState(desired, [live]));
    expect(plan.changes.map((change) => [change.action, change.risk])).toEqual([
      ['create-grant', 'safe'],
      ['revoke-grant', 'destructive'],
      ['revoke-grant', 'destructive'],
    ]);
  });

  it('puts creations first and deletions last', () => {
    const desired = desiredFrom(`  new: {}\n  old:\n    state: pending_deletion\n`);
    const old = liveFrom(keyNamed(desired, 'old'), { state: 'Enabled' });
    const plan = buildPlan(desired, liveState(desired, [old]));
    expect(plan.changes[0]?.action).toBe('create');
    expect(plan.changes.at(-1)?.action).toBe('schedule-deletion');
  });

  it('refuses a key of its logical name tagged with an older, working-directory-dependent path of this manifest', () => {
    const desired = desiredFrom(APP_KEY);
    const live = liveState(desired, []);
    live.foreign.push({
      name: 'app',
      reason: 'legacy-path',
      arn: 'arn:aws:kms:us-east-1:111122223333:key/other',
      account: ACCOUNT,
      region: REGION,
      ownership: { manifest: 'acme/keys/../kms.yaml', key: 'app' },
    });
    const plan = buildPlan(desired, live);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'legacy-owner',
        line: expect.any(Number),
        help: expect.stringContaining('sets its `kms-action:manifest` tag to `acme/keys/kms.yaml`'),
      }),
    ]);
    expect(plan.changes).toEqual([]);
  });

  it('creates its own key when another manifest owns a key of the same logical name', () => {
    const desired = desiredFrom(APP_KEY);
    const theirs = liveFrom(keyNamed(desired, 'app'), {
      ownership: { manifest: 'acme/other/kms.yaml', key: 'app' },
      aliases: [],
    });
    const live = liveState(desired, [theirs]);
    expect(live.owned).toEqual([]);
    const plan = buildPlan(desired, live);
    expect(plan.problems).toEqual([]);
    expect(actions(plan)).toEqual([
      'create key.app',
      'update-rotation key.app',
      'create-alias alias.alias/app',
    ]);
  });

  it('renames a key with moved_from: one safe retag, no orphan, its aliases and grants kept', () => {
    const before = desiredFrom(
      APP_KEY + `    grants: [{ name: reader, grantee: app, operations: [Decrypt] }]\n`,
    );
    const desired = desiredFrom(
      APP_KEY.replace('  app:', '  payments:\n    moved_from: app') +
        `    grants: [{ name: reader, grantee: app, operations: [Decrypt] }]\n`,
    );
    const oldKey = keyNamed(before, 'app');
    const live = liveFrom(oldKey, {
      grants: oldKey.grants.map((grant, index) => ({
        grantId: `g-${String(index)}`,
        name: grant.name,
        granteePrincipal: grant.granteePrincipal,
        operations: grant.operations,
      })),
    });
    const plan = buildPlan(desired, liveState(desired, [live]));
    expect(plan.problems).toEqual([]);
    expect(plan.changes).toEqual([
      expect.objectContaining({
        action: 'retag',
        address: 'key.payments',
        keyId: live.id,
        before: 'app',
        after: 'payments',
        risk: 'safe',
      }),
    ]);
  });

  it('plans nothing more once the rename is applied, moved_from still written', () => {
    const desired = desiredFrom(`  payments:\n    moved_from: app\n`);
    const live = liveFrom(keyNamed(desired, 'payments'));
    expect(buildPlan(desired, liveState(desired, [live])).changes).toEqual([]);
  });

  it('prefers the key of the new name when both names are live, and reports the old one as an orphan', () => {
    const desired = desiredFrom(`  payments:\n    moved_from: app\n`);
    const renamed = liveFrom(keyNamed(desired, 'payments'));
    const old = liveFrom(keyNamed(desired, 'payments'), {
      ownership: { manifest: desired.owner, key: 'app' },
    });
    const plan = buildPlan(desired, liveState(desired, [renamed, old]));
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([expect.objectContaining({ code: 'orphan', key: 'app' })]);
  });

  it('only deletes a renamed key that is to be deleted, under its old name', () => {
    const desired = desiredFrom(`  payments:\n    moved_from: app\n    state: pending_deletion\n`);
    const live = liveFrom(keyNamed(desired, 'payments'), {
      ownership: { manifest: desired.owner, key: 'app' },
      state: 'Enabled',
    });
    const plan = buildPlan(desired, liveState(desired, [live]));
    expect(plan.problems).toEqual([]);
    expect(actions(plan)).toEqual(['schedule-deletion key.payments']);
  });

  it('creates the key when neither its name nor its moved_from name is live', () => {
    const desired = desiredFrom(`  payments:\n    moved_from: app\n`);
    const plan = buildPlan(desired, liveState(desired, []));
    expect(plan.changes[0]).toMatchObject({ action: 'create', address: 'key.payments' });
  });

  // Attack: a key adopts the live key that another declared key of the manifest owns (its ARN
  // copied from the plan): one live key, two declared keys. The adoption re-tags it to the new
  // name and applies the new entry's policy; the old entry creates a fresh key next time.
  it.each([
    ['the whole manifest', [] as string[]],
    ['a partial plan of the adopting key', ['k']],
  ])('refuses to adopt the key another declared key owns (%s)', (_, targets) => {
    const first = desiredFrom(`  j:\n    description: j key\n`);
    const owned = liveFrom(keyNamed(first, 'j'));
    const full = desiredFrom(
      `  j:\n    description: j key\n  k:\n    adopt: ${owned.arn}\n    description: k key\n`,
    );
    const desired = selectTargetKeys(full, targets);
    const live = liveState(desired, [owned]);
    live.adopted.push({ name: 'k', arn: owned.arn, found: true, key: owned });
    const plan = buildPlan(desired, live);
    expect(plan.changes.filter((change) => change.key === 'k')).toEqual([]);
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'foreign-owner',
        key: 'k',
        message: `\`k\` adopts ${owned.arn}, the live key of \`j\`, another key of this manifest`,
      }),
    ]);
  });

  it('adopts a key this manifest owns under a name no longer declared (renaming an adopted key)', () => {
    const first = desiredFrom(`  j:\n    description: j key\n`);
    const owned = liveFrom(keyNamed(first, 'j'));
    const desired = desiredFrom(`  k:\n    adopt: ${owned.arn}\n    description: j key\n`);
    const live = liveState(desired, [owned]);
    live.adopted.push({ name: 'k', arn: owned.arn, found: true, key: owned });
    const plan = buildPlan(desired, live);
    expect(plan.problems).toEqual([]);
    expect(plan.changes.map((change) => change.action)).toEqual(['adopt']);
  });

  it('adopts an existing key by tagging it, and reports an adopted key that does not exist', () => {
    const arn = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
    const desired = desiredFrom(
      `  legacy:\n    adopt: ${arn}\n  missing:\n    adopt: ${arn.replace('1234abcd', '9999abcd')}\n`,
    );
    const key = keyNamed(desired, 'legacy');
    const existing = liveFrom(key, { arn, tags: {}, ownership: undefined });
    const live = liveState(desired, []);
    live.adopted.push(
      { name: 'legacy', arn, found: true, key: existing },
      { name: 'missing', arn: 'x', found: false },
    );
    const plan = buildPlan(desired, live);
    expect(plan.changes.map((change) => change.action)).toEqual(['adopt']);
    expect(plan.problems).toEqual([
      expect.objectContaining({ code: 'adopt-not-found', key: 'missing' }),
    ]);
  });

  it('flags at plan time a DisableKey that the MFA guard denies to the applying role, with the break-glass procedure', () => {
    const desired = desiredFrom(`  app:\n    state: disabled\n    policy: { users: [app] }\n`);
    const live = liveFrom(keyNamed(desired, 'app'), { state: 'Enabled' });
    const plan = buildPlan(desired, liveState(desired, [live]), {
      applierFor: () => `arn:aws:iam::${ACCOUNT}:role/kms-admin`,
    });
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'applier-denied',
        message: expect.stringContaining('explicitly denies'),
        help: expect.stringMatching(
          /^Break-glass: .*docs\/disable-or-delete-a-key\.md#the-break-glass-path$/,
        ),
      }),
    ]);
  });

  it('refuses a raw policy that locks out the account root', () => {
    const desired = desiredFrom(`  app:
    policy:
      document:
        Version: "2012-10-17"
        Statement:
          - { Effect: Allow, Principal: { AWS: "arn:aws:iam::${ACCOUNT}:role/app" }, Action: "kms:Decrypt", Resource: "*" }
`);
    const plan = buildPlan(desired, liveState(desired, []), {
      applierFor: () => `arn:aws:iam::${ACCOUNT}:role/kms-admin`,
    });
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'policy-lockout',
        message: expect.stringContaining('the account root'),
      }),
    ]);
  });
});
