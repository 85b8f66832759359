/**
 * no-root-backstop asks about a named administrator role as a session of it: a role never
 * calls AWS itself. AWS-documented case (IAM User Guide, "NotPrincipal"): "If an assumed-role
 * user (someone who is using a role) is being evaluated, AWS might validate the account
 * first, then the role, and then the assumed-role user. The assumed-role user is identified
 * by the role session name", so a Deny whose NotPrincipal lists the role and the account but
 * not the session applies to every session: nobody can call PutKeyPolicy.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html
 */
import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../../../core/lint/lint-key-policy.ts';
import type { PolicyStatement } from '../../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN_ALLOW: PolicyStatement = {
  Sid: 'Admin',
  Effect: 'Allow',
  Principal: { AWS: ADMIN },
  Action: 'kms:*',
  Resource: '*',
};
const onlyAdminChangesPolicy = (exempted: string[]): PolicyStatement => ({
  Sid: 'OnlyAdminChangesPolicy',
  Effect: 'Deny',
  NotPrincipal: { AWS: exempted },
  Action: 'kms:PutKeyPolicy',
  Resource: '*',
});

function fires(...statements: PolicyStatement[]): boolean {
  const text = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  return lintKeyPolicy(text, { file: 'policy.json', account: ACCOUNT }).some(
    (finding) => finding.rule === 'no-root-backstop',
  );
}

describe('no-root-backstop: a NotPrincipal Deny and the sessions of an administrator role', () => {
  it('reports a Deny whose NotPrincipal lists the role and the root but not its sessions', () => {
    expect(fires(ADMIN_ALLOW, onlyAdminChangesPolicy([ADMIN, ROOT]))).toBe(true);
  });

  it('reports it also for a role with a path', () => {
    const pathRole = `arn:aws:iam::${ACCOUNT}:role/admins/kms-admin`;
    const allow: PolicyStatement = { ...ADMIN_ALLOW, Principal: { AWS: pathRole } };
    expect(fires(allow, onlyAdminChangesPolicy([pathRole, ROOT]))).toBe(true);
  });

  it('stays silent when the NotPrincipal also lists a session of the role', () => {
    const session = `arn:aws:sts::${ACCOUNT}:assumed-role/kms-admin/alice`;
    expect(fires(ADMIN_ALLOW, onlyAdminChangesPolicy([ADMIN, session, ROOT]))).toBe(false);
  });

  it('stays silent when the administrator role keeps PutKeyPolicy and no Deny applies', () => {
    expect(fires(ADMIN_ALLOW)).toBe(false);
  });

  it('stays silent when the root keeps PutKeyPolicy (the Deny exempts the root)', () => {
    const root: PolicyStatement = { ...ADMIN_ALLOW, Sid: 'Root', Principal: { AWS: ROOT } };
    expect(fires(root, ADMIN_ALLOW, onlyAdminChangesPolicy([ADMIN, ROOT]))).toBe(false);
  });
});
