import { describe, expect, it } from 'vitest';
import { diffAccess, type AccessChange } from '../../../core/policy/diff-access.ts';
import { generateKeyPolicy } from '../../../core/policy/generate-key-policy.ts';
import type { KeyPolicyDocument, ResolvedPolicyIntent } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const USER = `arn:aws:iam::${ACCOUNT}:role/app-s3`;
const NEW_USER = `arn:aws:iam::${ACCOUNT}:role/app-new`;
const PARTNER = 'arn:aws:iam::222222222222:role/AppRole';

const BASE: ResolvedPolicyIntent = {
  admins: [ADMIN],
  users: [USER],
  viaService: ['s3'],
  encryptionContext: { project: 'portfolio' },
  crossAccount: [{ principal: PARTNER, actions: ['kms:Decrypt'] }],
  requireMfaFor: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
};

function policy(intent: Partial<ResolvedPolicyIntent>): KeyPolicyDocument {
  return generateKeyPolicy({ ...BASE, ...intent }, { account: ACCOUNT, region: 'us-east-1' });
}

const summary = (changes: readonly AccessChange[]): string[] =>
  changes.map(
    (change) =>
      `${change.change} ${change.principal} ${change.action}: ${change.before?.allowed ?? '-'}[${change.before?.requires.join(',') ?? ''}] -> ${change.after.allowed}[${change.after.requires.join(',')}]`,
  );

describe('diffAccess', () => {
  it('finds no change between equal policies', () => {
    expect(diffAccess(policy({}), policy({}), { account: ACCOUNT })).toEqual([]);
  });

  it('shows a new key user gaining the user actions, and nobody else changing', () => {
    const changes = diffAccess(policy({}), policy({ users: [USER, NEW_USER] }), {
      account: ACCOUNT,
    });
    expect(new Set(changes.map((change) => change.principal))).toEqual(new Set([NEW_USER]));
    expect(summary(changes)).toContain(
      `gains ${NEW_USER} kms:Decrypt: no[] -> conditional[encryption_context,via_service]`,
    );
    expect(changes.every((change) => change.change === 'gains')).toBe(true);
  });

  it('shows a removed partner losing Decrypt', () => {
    const changes = diffAccess(policy({}), policy({ crossAccount: [] }), { account: ACCOUNT });
    expect(summary(changes)).toEqual([
      `loses ${PARTNER} kms:Decrypt: conditional[encryption_context,iam_policy_in_account] -> no[]`,
    ]);
  });

  it('shows dropped conditions as a conditions change', () => {
    const changes = diffAccess(policy({}), policy({ viaService: [] }), { account: ACCOUNT });
    expect(summary(changes)).toContain(
      `conditions-change ${USER} kms:Decrypt: conditional[encryption_context,via_service] -> conditional[encryption_context]`,
    );
    expect(changes.every((change) => change.principal === USER)).toBe(true);
  });

  it('shows the MFA guard going away as admins and root no longer needing MFA', () => {
    const changes = diffAccess(policy({}), policy({ requireMfaFor: [] }), { account: ACCOUNT });
    expect(summary(changes)).toEqual(
      expect.arrayContaining([
        `conditions-change ${ADMIN} kms:ScheduleKeyDeletion: conditional[mfa] -> yes[]`,
        `conditions-change ${ROOT} kms:DisableKey: conditional[mfa] -> yes[]`,
      ]),
    );
  });

  it('shows removing the root backstop as a loss of what IAM policies could grant', () => {
    const before = policy({});
    const after: KeyPolicyDocument = { ...before, Statement: before.Statement.slice(1) };
    const changes = diffAccess(before, after, { account: ACCOUNT });
    const rootDecrypt = changes.find(
      (change) => change.principal === ROOT && change.action === 'kms:Decrypt',
    );
    expect(rootDecrypt).toMatchObject({
      change: 'loses',
      after: { allowed: 'no', delegated_to_iam: false },
    });
    // An admin could be given Decrypt through IAM before, and no longer.
    const adminDecrypt = changes.find(
      (change) => change.principal === ADMIN && change.action === 'kms:Decrypt',
    );
    expect(adminDecrypt).toMatchObject({
      change: 'loses',
      before: { allowed: 'no', delegated_to_iam: true },
      after: { allowed: 'no', delegated_to_iam: false },
    });
  });

  it('reports everything a new key grants as gains', () => {
    const changes = diffAccess(undefined, policy({}), { account: ACCOUNT });
    expect(
      changes.every((change) => change.change === 'gains' && change.before === undefined),
    ).toBe(true);
    expect(summary(changes)).toEqual(
      expect.arrayContaining([
        `gains ${PARTNER} kms:Decrypt: -[] -> conditional[encryption_context,iam_policy_in_account]`,
        `gains ${ADMIN} kms:PutKeyPolicy: -[] -> yes[]`,
      ]),
    );
    expect(changes.some((change) => change.principal === '*')).toBe(false);
  });
});
