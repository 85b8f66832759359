import { describe, expect, it } from 'vitest';
import { abstractPolicyPrincipals } from '../../../core/lint/abstract-policy-principals.ts';
import { createLintWorkMeter, meterLintWork } from '../../../core/lint/policy/lint-work-meter.ts';

const scope = { account: '111122223333', partition: 'aws' };

/** A key policy as a template or a shared `defaults.policy` generates it for every key. */
function policy(users: readonly string[]): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'EnableRootAccess',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 'kms:*',
        Resource: '*',
      },
      {
        Sid: 'KeyUsersCryptography',
        Effect: 'Allow',
        Principal: { AWS: users.map((user) => `arn:aws:iam::111122223333:role/${user}`) },
        Action: ['kms:Decrypt', 'kms:Encrypt'],
        Resource: '*',
      },
    ],
  };
}

/** The abstraction of `raw` and the lint steps it was charged. */
function abstracted(raw: unknown) {
  const meter = createLintWorkMeter();
  const result = meterLintWork(meter, () => abstractPolicyPrincipals(raw, scope));
  return { result, steps: meter.spent };
}

describe('abstractPolicyPrincipals on policies of the same text', () => {
  it('gives each key the same abstraction, charged the same steps each time', () => {
    const first = abstracted(policy(['app', 'batch']));
    const again = abstracted(policy(['app', 'batch']));
    expect(first.result?.replaced).toBe(2);
    expect(first.steps).toBeGreaterThan(0);
    expect(again.steps).toBe(first.steps);
    expect(again.result?.shape).toBe(first.result?.shape);
    expect(again.result?.restore('arn:aws:iam::111122223333:role/KmsActionPlaceholder1X')).toBe(
      'arn:aws:iam::111122223333:role/batch',
    );
    expect(again.result?.raw).toEqual(first.result?.raw);
  });

  it('abstracts a policy of other names or another scope on its own', () => {
    const first = abstracted(policy(['app']));
    const other = abstracted(policy(['web']));
    expect(other.result?.shape).toBe(first.result?.shape);
    expect(other.result?.restore('arn:aws:iam::111122223333:role/KmsActionPlaceholder0X')).toBe(
      'arn:aws:iam::111122223333:role/web',
    );
    const meter = createLintWorkMeter();
    const elsewhere = meterLintWork(meter, () =>
      abstractPolicyPrincipals(policy(['app']), { account: '444455556666', partition: 'aws' }),
    );
    expect(elsewhere?.replaced).toBe(0);
  });
});
