import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import { cli, createWorkspace, ROLE, type Workspace } from './plan-apply-harness.ts';

const MANIFEST = `version: 1
defaults:
  region: us-east-1
  account: "111122223333"
principals:
  kms-admin: arn:aws:iam::111122223333:role/kms-admin
keys:
  audit-logs:
    description: CloudTrail and CloudWatch Logs
    aliases: [alias/audit-logs]
    policy:
      admins: [kms-admin]
      services:
        - { service: cloudtrail, trails: [org-trail] }
        - { service: logs, log_groups: [app] }
        - { service: config }
        - { service: autoscaling }
  dnssec:
    description: Route 53 DNSSEC key-signing key
    key_spec: ECC_NIST_P256
    key_usage: SIGN_VERIFY
    policy:
      admins: [kms-admin]
      services: [{ service: route53-dnssec }]
`;

// Grants to a service principal are not exercised here: moto 5.2 does not store CreateGrant's
// GranteeServicePrincipal (ListGrants returns an empty grantee), see docs/testing-moto-gaps.md;
// the request is tested in test/adapters/aws/build-create-grant-input.test.ts.
describeWithEmulator('services: policies with service statements converge', () => {
  let workspace: Workspace;
  beforeEach(async () => {
    await resetEmulatorState();
    workspace = await createWorkspace(MANIFEST);
  });
  afterEach(async () => {
    await workspace.remove();
  });

  it('apply, then plan shows no changes (the stored policy means what was generated)', async () => {
    const aws = ['--role-to-assume', ROLE];
    const applied = await cli(['apply', '--auto-approve', ...aws], workspace.dir);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    const after = await cli(
      ['plan', '--detailed-exitcode', '--format', 'json', ...aws],
      workspace.dir,
    );
    expect(after.code).toBe(0);
    const plan = JSON.parse(after.stdout) as { changes: unknown[]; problems: unknown[] };
    expect(plan.changes).toEqual([]);
    expect(plan.problems).toEqual([]);
  });
});
