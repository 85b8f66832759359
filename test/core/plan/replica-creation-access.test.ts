/**
 * A replica to be made gets the access diff of its own policy, as a new key does (SPEC
 * section 4: policy changes carry an access diff), read for the replica: its Region (SPEC
 * section 8, KMS "Key policies": a statement applies where its Resource ARN matches the key,
 * and the replica's ARN names the replica's Region) and its key's usage.
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { renderPlanText } from '../../../core/render/render-plan-text.ts';
import { ACCOUNT, desiredFrom, liveState } from './plan-fixtures.ts';

const APP = `arn:aws:iam::${ACCOUNT}:role/app`;
const PARTNER = 'arn:aws:iam::444455556666:role/partner';

function replicaOf(document: object) {
  const desired = desiredFrom(`  global:
    multi_region: true
    replicas: [eu-west-1]
    policy:
      document: ${JSON.stringify(document)}
`);
  const plan = buildPlan(desired, liveState(desired, []));
  const change = plan.changes.find((candidate) => candidate.action === 'create-replica');
  if (change?.action !== 'create-replica') throw new Error('no create-replica change');
  return { plan, change };
}

const document = {
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'Root',
      Effect: 'Allow',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: 'kms:*',
      Resource: '*',
    },
    {
      Sid: 'AppHere',
      Effect: 'Allow',
      Principal: { AWS: APP },
      Action: 'kms:Decrypt',
      Resource: `arn:aws:kms:eu-west-1:${ACCOUNT}:key/*`,
    },
    {
      Sid: 'Partner',
      Effect: 'Allow',
      Principal: { AWS: PARTNER },
      Action: 'kms:Decrypt',
      Resource: '*',
    },
  ],
};

describe('create-replica: the access of its own policy', () => {
  it("shows who gains what, for the replica's Region", () => {
    const { change } = replicaOf(document);
    expect(change.access).toContainEqual(
      expect.objectContaining({
        principal: APP,
        action: 'kms:Decrypt',
        change: 'gains',
        after: { allowed: 'yes', requires: [], delegated_to_iam: true },
      }),
    );
  });

  it('marks the change as widening by its access and prints it', () => {
    const { change, plan } = replicaOf(document);
    expect(change.widens?.map((entry) => entry.principal)).toContain(PARTNER);
    expect(change.risk).not.toBe('safe');
    expect(renderPlanText(plan)).toContain(`access: ${PARTNER} gains kms:Decrypt`);
  });
});
