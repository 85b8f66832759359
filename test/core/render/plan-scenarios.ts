import { buildPlan } from '../../../core/plan/build-plan.ts';
import type { Plan } from '../../../core/plan/plan-types.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from '../plan/plan-fixtures.ts';

export const FOREIGN = '555566667777';
/** The clock of every scenario: deletions are counted from here. */
export const NOW = new Date('2026-11-30T12:00:00Z');

/** A fixed id and ARN, so snapshots do not depend on which tests ran before. */
function fixedId(n: number): { id: string; arn: string } {
  const id = `11111111-2222-4333-8444-${String(n).padStart(12, '0')}`;
  return { id, arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${id}` };
}

const ROOT_ONLY = {
  Version: '2012-10-17' as const,
  Statement: [
    {
      Sid: 'Root',
      Effect: 'Allow' as const,
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
  ],
};

/** A new key with an alias, rotation, a grant, and a policy that lets another account decrypt. */
function create(): Plan {
  const desired = desiredFrom(`  payments:
    description: Payments data
    aliases: [alias/payments]
    policy:
      users: [app]
      cross_account:
        - { principal: "arn:aws:iam::${FOREIGN}:root", actions: [Decrypt, GenerateDataKey] }
    grants:
      - { name: batch, grantee: app, operations: [Decrypt] }
`);
  return buildPlan(desired, liveState(desired, []));
}

/** An existing key: a user added to the policy, a new description and tag, an alias added. */
function update(): Plan {
  const desired = desiredFrom(`  app:
    description: App data
    aliases: [alias/app, alias/app-v2]
    policy: { users: [app] }
    tags: { team: payments }
`);
  const live = liveFrom(keyNamed(desired, 'app'), {
    ...fixedId(1),
    description: 'app',
    policy: ROOT_ONLY,
    policyText: JSON.stringify(ROOT_ONLY),
    tags: {},
    aliases: [],
  });
  return buildPlan(desired, liveState(desired, [live]));
}

/** A declared grant whose operations changed: revoked and created again. */
function replace(): Plan {
  const desired = desiredFrom(`  app:
    grants:
      - { name: batch, grantee: app, operations: [Decrypt, Encrypt] }
`);
  const live = liveFrom(keyNamed(desired, 'app'), {
    ...fixedId(2),
    grants: [
      {
        grantId: 'g-1',
        name: 'batch',
        granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/app`,
        operations: ['Decrypt'],
      },
    ],
  });
  return buildPlan(desired, liveState(desired, [live]));
}

/** A key the manifest now marks for deletion, with its alias removed. */
function destroy(): Plan {
  const desired = desiredFrom(`  old:
    state: pending_deletion
    deletion_window_in_days: 7
`);
  const live = liveFrom(keyNamed(desired, 'old'), {
    ...fixedId(3),
    state: 'Enabled',
    aliases: [],
  });
  return buildPlan(desired, liveState(desired, [live]));
}

/** Out of band: one key scheduled for deletion, one disabled with a policy edit and a stray grant. */
function drift(): Plan {
  const desired = desiredFrom(`  prod:
    policy: { users: [app] }
  batch:
    policy: { users: [app] }
`);
  const prod = liveFrom(keyNamed(desired, 'prod'), {
    ...fixedId(4),
    state: 'PendingDeletion',
    deletionDate: '2026-12-07T09:00:00.000Z',
  });
  const batch = keyNamed(desired, 'batch');
  const edited = {
    ...ROOT_ONLY,
    Statement: [
      ...ROOT_ONLY.Statement,
      {
        Sid: 'Intruder',
        Effect: 'Allow' as const,
        Principal: { AWS: `arn:aws:iam::${FOREIGN}:root` },
        Action: 'kms:Decrypt',
        Resource: '*',
      },
    ],
  };
  const batchLive = liveFrom(batch, {
    ...fixedId(5),
    state: 'Disabled',
    policy: edited,
    policyText: JSON.stringify(edited),
    grants: [
      {
        grantId: 'g-stray',
        granteePrincipal: `arn:aws:iam::${FOREIGN}:role/exfil`,
        operations: ['Decrypt', 'GenerateDataKey'],
      },
    ],
  });
  return buildPlan(desired, liveState(desired, [prod, batchLive]));
}

/** Problems only: a key dropped from the manifest, and an immutable change. */
function blocked(): Plan {
  const desired = desiredFrom(`  app:
    key_spec: RSA_2048
    key_usage: SIGN_VERIFY
`);
  const app = keyNamed(desired, 'app');
  const live = liveFrom(app, {
    ...fixedId(6),
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
  });
  const orphan = liveFrom(app, {
    ...fixedId(7),
    ownership: { manifest: desired.owner, key: 'gone' },
  });
  return buildPlan(desired, liveState(desired, [live, orphan]));
}

/** Nothing to change, but a key created for imported material still waits for it. */
function pendingImport(): Plan {
  const desired = desiredFrom(`  imported:\n    origin: EXTERNAL\n`);
  const live = liveFrom(keyNamed(desired, 'imported'), {
    ...fixedId(8),
    state: 'PendingImport',
    rotation: { enabled: false },
  });
  return buildPlan(desired, liveState(desired, [live]));
}

export const SCENARIOS: Record<string, { plan: () => Plan; drift: boolean }> = {
  create: { plan: create, drift: false },
  update: { plan: update, drift: false },
  replace: { plan: replace, drift: false },
  destroy: { plan: destroy, drift: false },
  drift: { plan: drift, drift: true },
  blocked: { plan: blocked, drift: false },
  'pending-import': { plan: pendingImport, drift: false },
};
