import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

const ROOT = `arn:aws:iam::${ACCOUNT}:root`;

/** A replica with a policy of its own that lets everyone decrypt. */
const MANIFEST = `  global:
    multi_region: true
    policy: { admins: [admin] }
    replicas:
      - region: eu-west-1
        policy:
          document:
            Version: '2012-10-17'
            Statement:
              - { Sid: Root, Effect: Allow, Principal: { AWS: '${ROOT}' }, Action: 'kms:*', Resource: '*' }
              - { Sid: Anyone, Effect: Allow, Principal: '*', Action: 'kms:Decrypt', Resource: '*' }
`;

describe('a new replica with a policy of its own', () => {
  it('says whom its policy lets in from outside the account, and is never safe', () => {
    const desired = desiredFrom(MANIFEST);
    const live = liveState(desired, [liveFrom(keyNamed(desired, 'global'))]);
    const plan = buildPlan(desired, live);
    const change = plan.changes.find((candidate) => candidate.action === 'create-replica');

    expect(change?.risk).not.toBe('safe');
    expect(change?.widens).toEqual([
      expect.objectContaining({ principal: '*', kind: 'anyone', actions: ['kms:Decrypt'] }),
    ]);
  });
});
