/**
 * Rotation and origin of keys that cannot rotate. EnableKeyRotation API reference: "Automatic
 * key rotation is supported only on symmetric encryption KMS keys. You cannot enable automatic
 * rotation of asymmetric KMS keys, HMAC KMS keys, KMS keys with imported key material, or KMS
 * keys in a custom key store." CreateKey API reference, Origin: "To create a KMS key with no
 * key material (for imported key material), set this value to EXTERNAL."
 */
import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { diffKey } from '../../../core/plan/diff-key.ts';
import { ACCOUNT, REGION, desiredFrom, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

const ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

const actions = (plan: ReturnType<typeof buildPlan>) =>
  plan.changes.map((change) => `${change.action} ${change.address}`);

describe('keys that cannot rotate are never planned EnableKeyRotation', () => {
  it('a live key with imported key material: no rotation change even when the manifest asks for it', () => {
    // The manifest predates `origin:` (rotation on by default); the live key is EXTERNAL.
    const desired = desiredFrom(`  legacy:\n    adopt: ${ARN}\n`);
    const key = keyNamed(desired, 'legacy');
    expect(key.rotation.enabled).toBe(true);
    const live = liveFrom(key, { origin: 'EXTERNAL', rotation: { enabled: false } });
    expect(diffKey(key, live, { adopting: true }).map((change) => change.action)).not.toContain(
      'update-rotation',
    );
  });

  it('a key in a custom key store: no rotation change', () => {
    const desired = desiredFrom(`  hsm:\n    adopt: ${ARN}\n`);
    const key = keyNamed(desired, 'hsm');
    const live = liveFrom(key, {
      origin: 'AWS_CLOUDHSM',
      customKeyStoreId: 'cks-1234567890abcdef0',
      rotation: { enabled: false },
    });
    expect(diffKey(key, live, { adopting: true }).map((change) => change.action)).not.toContain(
      'update-rotation',
    );
  });

  it('adopting a key with imported key material declared `origin: EXTERNAL`: only the adoption', () => {
    const desired = desiredFrom(`  legacy:\n    adopt: ${ARN}\n    origin: EXTERNAL\n`);
    const key = keyNamed(desired, 'legacy');
    const live = liveFrom(key, { tags: {}, ownership: undefined });
    const plan = buildPlan(desired, {
      ...liveState(desired, []),
      adopted: [{ name: 'legacy', arn: ARN, found: true, key: { ...live, arn: ARN } }],
    });
    expect(plan.problems).toEqual([]);
    expect(actions(plan)).toEqual(['adopt key.legacy']);
  });

  it('adopting a key with imported key material without `origin: EXTERNAL` is refused with the fix', () => {
    const desired = desiredFrom(`  legacy:\n    adopt: ${ARN}\n`);
    const live = liveFrom(keyNamed(desired, 'legacy'), {
      origin: 'EXTERNAL',
      rotation: { enabled: false },
    });
    const plan = buildPlan(desired, {
      ...liveState(desired, []),
      adopted: [{ name: 'legacy', arn: ARN, found: true, key: { ...live, arn: ARN } }],
    });
    expect(plan.problems).toEqual([
      expect.objectContaining({
        code: 'immutable-change',
        message: expect.stringContaining('origin (EXTERNAL -> AWS_KMS)'),
        help: expect.stringContaining('declare `origin: EXTERNAL`'),
      }),
    ]);
    expect(actions(plan)).not.toContain('update-rotation key.legacy');
  });

  it('creates a key for imported key material with Origin EXTERNAL and no rotation', () => {
    const desired = desiredFrom(`  imported:\n    origin: EXTERNAL\n`);
    const plan = buildPlan(desired, liveState(desired, []));
    expect(actions(plan)).toEqual(['create key.imported']);
    const create = plan.changes[0];
    expect(create?.action === 'create' && create.after.origin).toBe('EXTERNAL');
  });

  it('creates a symmetric key without an Origin (AWS_KMS, the CreateKey default)', () => {
    const desired = desiredFrom(`  plain: {}\n`);
    const create = buildPlan(desired, liveState(desired, [])).changes[0];
    expect(create?.action === 'create' && 'origin' in create.after).toBe(false);
  });
});

describe('the access diff of a policy change follows the key usage', () => {
  it('a signing key: Sign and Verify, never Decrypt', () => {
    const desired = desiredFrom(
      `  signer:\n    key_spec: ECC_NIST_P256\n    key_usage: SIGN_VERIFY\n    policy: { admins: [admin], users: [app] }\n`,
    );
    const key = keyNamed(desired, 'signer');
    const live = liveFrom(key, { policy: undefined, policyText: undefined });
    const change = diffKey(key, live, { adopting: false }).find(
      (candidate) => candidate.action === 'update-policy',
    );
    const accessActions = new Set(
      change?.action === 'update-policy' ? change.access.map((entry) => entry.action) : [],
    );
    expect(accessActions).toContain('kms:Sign');
    expect(accessActions).not.toContain('kms:Decrypt');
    expect(accessActions).not.toContain('kms:GenerateDataKey');
  });
});
