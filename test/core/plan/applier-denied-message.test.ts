/**
 * An `applier-denied` problem names the Denies that decide it, but a key policy may hold
 * hundreds and the message is written once per change: it names the first few and counts the
 * rest (a 31 KB policy of 237 Denies with 5,000 aliases made 32 MB of message text).
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { checkApplierAccess } from '../../../core/plan/check-applier-access.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../core/policy/types.ts';
import { ACCOUNT, desiredFrom, liveState } from './plan-fixtures.ts';

const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;

function policyWithDenies(denies: number): KeyPolicyDocument {
  const deny = (index: number): PolicyStatement => ({
    Sid: `Deny${String(index)}`,
    Effect: 'Deny',
    Principal: '*',
    Action: 'kms:CreateAlias',
    Resource: '*',
  });
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Root',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
      { Sid: 'Admin', Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:*', Resource: '*' },
      ...Array.from({ length: denies }, (_, index) => deny(index)),
    ],
  };
}

function deniedMessages(denies: number): string[] {
  const desired = desiredFrom(
    `  big:\n    aliases: [alias/a0]\n    policy:\n      document: ${JSON.stringify(policyWithDenies(denies))}\n`,
  );
  const live = liveState(desired, []);
  const problems = checkApplierAccess(buildPlan(desired, live).changes, live, {
    applierFor: () => ADMIN,
  });
  return problems
    .filter((problem) => problem.code === 'applier-denied')
    .map((problem) => problem.message);
}

describe('the Denies an applier-denied problem names', () => {
  it('names every deciding Deny when there are few', () => {
    const [message] = deniedMessages(3);
    expect(message).toContain('statement Deny0; statement Deny1; statement Deny2)');
  });

  it('names the first five of many and counts the rest', () => {
    const messages = deniedMessages(237);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toContain('statement Deny4; and 232 more');
      expect(message).not.toContain('Deny5;');
      expect(message.length).toBeLessThan(1_000);
    }
  });
});
