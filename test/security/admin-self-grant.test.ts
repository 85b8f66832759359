/**
 * Guard: administrators cannot give themselves use of a key (issue 12.6, SPEC section 8).
 * AWS KMS Developer Guide, "Default key policy" > "Allows key administrators to administer the
 * KMS key": "Because key administrators have permission to change the key policy and create
 * grants, they can give themselves and others AWS KMS permissions not specified in this
 * policy", and `kms:Create*` "Allows kms:CreateAlias and kms:CreateGrant". A grant is not in
 * the key policy, so no policy review sees an administrator granting itself Decrypt.
 */
import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../core/lint/lint-key-policy.ts';
import { evaluateKeyPolicy } from '../../core/policy/evaluate-key-policy.ts';
import { generateKeyPolicy } from '../../core/policy/generate-key-policy.ts';
import { KEY_SPEC_USAGES } from '../../core/policy/key-usage-actions.ts';

const ACCOUNT = '111122223333';
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const USER = `arn:aws:iam::${ACCOUNT}:role/app`;
const ROOT_STATEMENT = {
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};

function overlapFindings(adminStatement: Record<string, unknown>): string[] {
  const document = { Version: '2012-10-17', Statement: [ROOT_STATEMENT, adminStatement] };
  return lintKeyPolicy(JSON.stringify(document), { file: 'policy.json' })
    .filter((finding) => finding.rule === 'admin-user-overlap')
    .map((finding) => `${finding.message} | ${finding.help}`);
}

describe('generated administrators cannot create grants', () => {
  const kinds = Object.entries(KEY_SPEC_USAGES)
    .filter(([spec]) => !spec.startsWith('ML_KEM_'))
    .flatMap(([spec, usages]) => usages.map((usage) => [spec, usage] as const));

  it.each(kinds)('%s %s', (keySpec, keyUsage) => {
    for (const multiRegion of [false, true]) {
      const document = generateKeyPolicy(
        {
          admins: [ADMIN],
          users: [USER],
          viaService: [],
          encryptionContext: {},
          crossAccount: [],
          requireMfaFor: [],
        },
        { account: ACCOUNT, region: 'us-east-1', keySpec, keyUsage, multiRegion },
      );
      for (const grantIsForAwsResource of [true, false, undefined]) {
        const verdict = evaluateKeyPolicy(document, {
          principal: ADMIN,
          action: 'kms:CreateGrant',
          mfaPresent: true,
          ...(grantIsForAwsResource === undefined ? {} : { grantIsForAwsResource }),
        }).verdict;
        expect(verdict).not.toBe('allowed');
      }
    }
  });
});

describe('admin-user-overlap reports an administrator that may CreateGrant', () => {
  it("reports AWS's default administrators statement (kms:Create*) and names the grant path", () => {
    const found = overlapFindings({
      Sid: 'Allow access for Key Administrators',
      Effect: 'Allow',
      Principal: { AWS: ADMIN },
      Action: [
        'kms:Create*',
        'kms:Describe*',
        'kms:Enable*',
        'kms:List*',
        'kms:Put*',
        'kms:Update*',
        'kms:Revoke*',
        'kms:Disable*',
        'kms:Get*',
        'kms:Delete*',
        'kms:TagResource',
        'kms:UntagResource',
        'kms:ScheduleKeyDeletion',
        'kms:CancelKeyDeletion',
      ],
      Resource: '*',
    });
    expect(found).toEqual([
      expect.stringMatching(
        /role\/kms-admin` may administer the key \(kms:PutKeyPolicy, .*\) and create grants for itself \(kms:CreateGrant.*remove `kms:CreateGrant` from the administrators/,
      ),
    ]);
  });

  it('reports an explicit CreateGrant without the AWS-resource condition', () => {
    const found = overlapFindings({
      Effect: 'Allow',
      Principal: { AWS: ADMIN },
      Action: ['kms:PutKeyPolicy', 'kms:CreateGrant'],
      Resource: '*',
    });
    expect(found).toHaveLength(1);
  });

  it('does not report CreateGrant limited to AWS resources (kms:GrantIsForAWSResource)', () => {
    const document = {
      Version: '2012-10-17',
      Statement: [
        ROOT_STATEMENT,
        { Effect: 'Allow', Principal: { AWS: ADMIN }, Action: 'kms:PutKeyPolicy', Resource: '*' },
        {
          Effect: 'Allow',
          Principal: { AWS: ADMIN },
          Action: 'kms:CreateGrant',
          Resource: '*',
          Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        },
      ],
    };
    const found = lintKeyPolicy(JSON.stringify(document), { file: 'policy.json' }).filter(
      (finding) => finding.rule === 'admin-user-overlap',
    );
    expect(found).toEqual([]);
  });

  it('does not report the account root backstop (kms:*)', () => {
    expect(overlapFindings({ ...ROOT_STATEMENT, Sid: 'Again' })).toEqual([]);
  });
});
