/** Statements of a sound key policy, shared by the policy-rule tests. */
export const ACCOUNT = '111122223333';

export const ROOT = {
  Sid: 'RootBackstop',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};

export const MFA_GUARD = {
  Sid: 'DenyWithoutMfa',
  Effect: 'Deny',
  Principal: { AWS: '*' },
  Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
  Resource: '*',
  Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
};

export const APP = {
  Sid: 'App',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` },
  Action: 'kms:Decrypt',
  Resource: '*',
};
