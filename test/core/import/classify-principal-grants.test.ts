import { describe, expect, it } from 'vitest';
import { classifyPrincipalGrants } from '../../../core/import/classify-principal-grants.ts';
import { expandKmsActions } from '../../../core/import/expand-kms-actions.ts';
import type { PrincipalGrant } from '../../../core/import/principal-grant.ts';
import { KEY_ADMIN_ACTIONS } from '../../../core/policy/key-admin-actions.ts';

const ACCOUNT = '111122223333';
const placement = { account: ACCOUNT, region: 'us-east-1' };
const role = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;
const USER_CRYPTO = [
  'kms:Decrypt',
  'kms:Encrypt',
  'kms:GenerateDataKey*',
  'kms:ReEncrypt*',
  'kms:DescribeKey',
];
const grant = (actions: string[], conditions: Omit<PrincipalGrant, 'actions'> = {}) => ({
  actions: expandKmsActions(actions),
  ...conditions,
});

describe('classifyPrincipalGrants', () => {
  it('names admins by their management actions and users by every cryptographic action, with their via_service', () => {
    const { intent, leftovers } = classifyPrincipalGrants(
      new Map([
        [role('admin'), [grant(KEY_ADMIN_ACTIONS)]],
        [role('app'), [grant(USER_CRYPTO, { viaService: ['s3'] })]],
      ]),
      placement,
      new Set(['kms:DisableKey']),
    );
    expect(leftovers).toEqual([]);
    expect(intent).toMatchObject({
      admins: [role('admin')],
      users: [role('app')],
      viaService: ['s3'],
      crossAccount: [],
      requireMfaFor: ['kms:DisableKey'],
    });
  });

  it('makes a same-account principal with some user actions a user group, another account a cross_account entry', () => {
    const { intent, leftovers } = classifyPrincipalGrants(
      new Map([
        [role('reader'), [grant(['kms:Decrypt'])]],
        [role('partner', '222222222222'), [grant(['kms:Decrypt', 'kms:DescribeKey'])]],
      ]),
      placement,
      new Set(),
    );
    expect(leftovers).toEqual([]);
    expect(intent.userGroups).toEqual([{ principals: [role('reader')], actions: ['kms:Decrypt'] }]);
    expect(intent.crossAccount).toEqual([
      { principal: role('partner', '222222222222'), actions: ['kms:Decrypt', 'kms:DescribeKey'] },
    ]);
  });

  it('leaves out an admin that may create grants and a same-account principal with actions beyond a role', () => {
    const { leftovers } = classifyPrincipalGrants(
      new Map([
        [role('admin'), [grant([...KEY_ADMIN_ACTIONS, 'kms:CreateGrant'])]],
        [role('odd'), [grant(['kms:ConnectCustomKeyStore'])]],
      ]),
      placement,
      new Set(),
    );
    expect(leftovers.map((entry) => entry.principal)).toEqual([role('admin'), role('odd')]);
    expect(leftovers[0]?.reason).toContain('may call kms:CreateGrant');
    expect(leftovers[1]?.reason).toContain('cross_account is for principals of other accounts');
  });
});
