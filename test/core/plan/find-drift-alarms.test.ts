import { describe, expect, it } from 'vitest';
import { findDriftAlarms } from '../../../core/plan/find-drift-alarms.ts';
import type { Change, Plan } from '../../../core/plan/plan-types.ts';

const base = { key: 'prod', account: '111122223333', region: 'us-east-1', keyId: 'k-1' };
const policy = { Version: '2012-10-17' as const, Statement: [] };

function planOf(changes: Change[]): Plan {
  return {
    owner: 'acme/keys/kms.yaml',
    file: 'kms.yaml',
    changes,
    problems: [],
    summary: {
      changes: changes.length,
      byAction: {},
      byRisk: { safe: 0, disruptive: 0, destructive: 0 },
      problems: 0,
    },
  };
}

const cancel = (deletionDate?: string): Change => ({
  ...base,
  address: 'key.prod',
  action: 'cancel-deletion',
  before: 'PendingDeletion',
  after: 'Disabled',
  risk: 'safe',
  ...(deletionDate === undefined ? {} : { deletionDate }),
});
const enable: Change = {
  ...base,
  address: 'key.prod',
  action: 'enable',
  before: 'Disabled',
  after: 'Enabled',
  risk: 'safe',
};
const policyUpdate: Change = {
  ...base,
  address: 'key.prod',
  action: 'update-policy',
  before: policy,
  after: policy,
  policyDiff: '',
  access: [],
  bypassPolicyLockoutSafetyCheck: false,
  risk: 'safe',
};
const grant = {
  name: 'batch',
  granteePrincipal: 'arn:aws:iam::111122223333:role/app',
  operations: ['Decrypt'],
};
const revoke: Change = {
  ...base,
  address: 'grant.prod.batch',
  action: 'revoke-grant',
  grantId: 'g-1',
  before: grant,
  after: null,
  risk: 'destructive',
};
const recreate: Change = {
  ...base,
  address: 'grant.prod.batch',
  action: 'create-grant',
  before: null,
  after: grant,
  risk: 'safe',
};

describe('findDriftAlarms', () => {
  it.each([
    ['2026-12-07T09:00:00Z', '2026-11-30T12:00:00Z', 7],
    ['2026-12-07T09:00:00Z', '2026-12-07T08:59:00Z', 1],
    ['2026-12-07T09:00:00Z', '2026-12-08T00:00:00Z', 0],
  ])('a deletion on %s seen at %s has %i days left', (date, now, days) => {
    const [alarm] = findDriftAlarms(planOf([cancel(date), enable]), {
      drift: true,
      now: new Date(now),
    });
    expect(alarm).toEqual({
      kind: 'pending-deletion',
      key: 'prod',
      address: 'key.prod',
      deletionDate: '2026-12-07',
      daysLeft: days,
    });
  });

  it('a cancelled deletion is one alarm, not also a disabled key', () => {
    expect(findDriftAlarms(planOf([cancel(), enable]), { drift: true })).toHaveLength(1);
  });

  it('a disabled key the manifest wants enabled is an alarm', () => {
    expect(findDriftAlarms(planOf([enable]), { drift: false })[0]?.kind).toBe('disabled');
  });

  it('a policy change is an alarm in a drift check only: in a pull request it is the change itself', () => {
    expect(findDriftAlarms(planOf([policyUpdate]), { drift: true })[0]?.kind).toBe('policy-edited');
    expect(findDriftAlarms(planOf([policyUpdate]), { drift: false })).toEqual([]);
  });

  it('an undeclared grant is an alarm; a declared grant being replaced is not', () => {
    expect(findDriftAlarms(planOf([revoke]), { drift: false })[0]?.kind).toBe('undeclared-grant');
    expect(findDriftAlarms(planOf([recreate, revoke]), { drift: true })).toEqual([]);
  });
});
