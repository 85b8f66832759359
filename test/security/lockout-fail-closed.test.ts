/**
 * Guard: the lockout and applier checks fail closed (SPEC section 8). A Deny whose conditions
 * cannot be decided at plan time counts as applying, and so does a Deny whose Resource could
 * name the key; an Allow counts only where its Resource surely names the key.
 *
 * Sources: IAM User Guide, "Policy evaluation logic" (an explicit Deny in any policy wins) and
 * "AWS global condition context keys" (aws:userid, aws:SecureTransport, aws:SourceIp and
 * aws:CurrentTime are set by the request, which the plan cannot see); KMS Developer Guide,
 * "Key policies in AWS KMS" (`"Resource": "*"` means this KMS key) and "Default key policy"
 * (the statement that allows the account root is the backstop against an unmanageable key).
 */
import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../core/lint/lint-key-policy.ts';
import { runLint } from '../../core/lint/run-lint.ts';
import { buildPlan } from '../../core/plan/build-plan.ts';
import type { PolicyStatement } from '../../core/policy/types.ts';
import {
  ACCOUNT,
  REGION,
  desiredFrom,
  keyNamed,
  liveFrom,
  liveState,
} from '../core/plan/plan-fixtures.ts';

const ROOT = `arn:aws:iam::${ACCOUNT}:root`;
const ADMIN = `arn:aws:iam::${ACCOUNT}:role/kms-admin`;
const applierFor = () => ADMIN;

const BACKSTOP: PolicyStatement = {
  Sid: 'EnableRoot',
  Effect: 'Allow',
  Principal: { AWS: ROOT },
  Action: 'kms:*',
  Resource: '*',
};
const ADMINS: PolicyStatement = {
  Sid: 'Admins',
  Effect: 'Allow',
  Principal: { AWS: ADMIN },
  Action: 'kms:*',
  Resource: '*',
};

/** The four conditions of issue 11.4: each reads a value the plan cannot know. */
const UNDECIDABLE: [string, NonNullable<PolicyStatement['Condition']>][] = [
  ['StringLike aws:userid *', { StringLike: { 'aws:userid': '*' } }],
  ['Bool aws:SecureTransport true', { Bool: { 'aws:SecureTransport': 'true' } }],
  ['Null aws:SourceIp false', { Null: { 'aws:SourceIp': 'false' } }],
  [
    'DateGreaterThan aws:CurrentTime <a future date>',
    { DateGreaterThan: { 'aws:CurrentTime': '2099-01-01T00:00:00Z' } },
  ],
  // IAM User Guide example "AWS: Denies access to AWS based on the source IP": on a direct call
  // aws:ViaAWSService is false ("AWS global condition context keys"), so only the IP is unknown.
  [
    'NotIpAddress aws:SourceIp and Bool aws:ViaAWSService false',
    {
      NotIpAddress: { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] },
      Bool: { 'aws:ViaAWSService': 'false' },
    },
  ],
];

function denyAll(condition: NonNullable<PolicyStatement['Condition']>): PolicyStatement {
  return {
    Sid: 'DenyEveryone',
    Effect: 'Deny',
    Principal: '*',
    Action: 'kms:*',
    Resource: '*',
    Condition: condition,
  };
}

function manifestWith(statements: PolicyStatement[], extra = ''): string {
  const document = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  return `  app:\n${extra}    policy:\n      document: ${document}\n`;
}

/** A plan that changes the live (safe) policy of `app` to `statements`. */
function planUpdate(statements: PolicyStatement[], extra = '') {
  const safe = desiredFrom(manifestWith([BACKSTOP, ADMINS]));
  const live = liveFrom(keyNamed(safe, 'app'));
  const desired = desiredFrom(manifestWith(statements, extra));
  return buildPlan(desired, liveState(desired, [live]), { applierFor });
}

function planCreate(statements: PolicyStatement[]) {
  const desired = desiredFrom(manifestWith(statements));
  return buildPlan(desired, liveState(desired, []), { applierFor });
}

describe('issue 11.4: a Deny whose conditions cannot be decided at plan time counts as applying', () => {
  it.each(UNDECIDABLE)(
    'update-policy with a Deny of kms:* to * on %s is a policy-lockout naming the statement',
    (name, condition) => {
      const plan = planUpdate([BACKSTOP, ADMINS, denyAll(condition)]);
      const lockout = plan.problems.find((problem) => problem.code === 'policy-lockout');
      expect(lockout?.message).toContain('the account root');
      expect(lockout?.message).toContain('the applying principal');
      expect(lockout?.message).toContain('DenyEveryone');
      // aws:SecureTransport is always true for KMS (it requires TLS): that Deny surely applies.
      if (!name.includes('SecureTransport')) {
        expect(lockout?.message).toContain('cannot be decided at plan time');
      }
    },
  );

  it.each(UNDECIDABLE)(
    'create with a Deny of kms:* to * on %s is a policy-lockout',
    (_name, condition) => {
      const plan = planCreate([BACKSTOP, ADMINS, denyAll(condition)]);
      expect(plan.problems.map((problem) => problem.code)).toContain('policy-lockout');
    },
  );

  it.each(UNDECIDABLE)(
    'the applier check of a key whose policy denies on %s flags the change',
    (_name, condition) => {
      // The live policy already carries the Deny: any change the applier makes is denied.
      const safe = desiredFrom(manifestWith([BACKSTOP, ADMINS, denyAll(condition)]));
      const live = liveFrom(keyNamed(safe, 'app'));
      const desired = desiredFrom(
        manifestWith([BACKSTOP, ADMINS, denyAll(condition)], '    description: changed\n'),
      );
      const plan = buildPlan(desired, liveState(desired, [live]), { applierFor });
      expect(plan.problems).toContainEqual(
        expect.objectContaining({
          code: 'applier-denied',
          message: expect.stringContaining('DenyEveryone'),
        }),
      );
    },
  );

  it.each(UNDECIDABLE)(
    'no-root-backstop reports a policy that denies kms:* to * on %s',
    (_name, condition) => {
      const desired = desiredFrom(manifestWith([BACKSTOP, ADMINS, denyAll(condition)]));
      expect(runLint(desired).map((finding) => finding.rule)).toContain('no-root-backstop');
      const text = JSON.stringify({
        Version: '2012-10-17',
        Statement: [BACKSTOP, ADMINS, denyAll(condition)],
      });
      const findings = lintKeyPolicy(text, { file: 'policy.json', account: ACCOUNT });
      expect(findings.map((finding) => finding.rule)).toContain('no-root-backstop');
    },
  );

  it('still lets a key carry such a Deny with the explicit lockout bypass', () => {
    const plan = planUpdate(
      [BACKSTOP, ADMINS, denyAll({ Bool: { 'aws:SecureTransport': 'true' } })],
      '    bypass_policy_lockout_safety_check: true\n',
    );
    expect(plan.problems.map((problem) => problem.code)).not.toContain('policy-lockout');
  });

  it('keeps the usual Deny of insecure transport from blocking the plan (AWS KMS requires TLS: "Infrastructure security in AWS KMS")', () => {
    const denyInsecure = denyAll({ Bool: { 'aws:SecureTransport': 'false' } });
    expect(planUpdate([BACKSTOP, ADMINS, denyInsecure]).problems).toEqual([]);
  });

  it('keeps a Deny that can be decided (MFA guard on deletion) from blocking the plan', () => {
    const guard: PolicyStatement = {
      Sid: 'DenyDeleteWithoutMfa',
      Effect: 'Deny',
      Principal: '*',
      Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    };
    expect(planUpdate([BACKSTOP, ADMINS, guard]).problems).toEqual([]);
  });
});

describe('issue 12.1: a statement applies only where its Resource can name the key', () => {
  const elsewhere: [string, string][] = [
    ['an S3 bucket', 'arn:aws:s3:::my-bucket'],
    ['an alias ARN', `arn:aws:kms:${REGION}:${ACCOUNT}:alias/app`],
    ['a key of another account', `arn:aws:kms:${REGION}:444455556666:key/*`],
    ['a key of another Region', `arn:aws:kms:eu-west-1:${ACCOUNT}:key/*`],
    [
      'another key of this account and Region',
      `arn:aws:kms:${REGION}:${ACCOUNT}:key/9999abcd-12ab-34cd-56ef-1234567890ab`,
    ],
  ];

  it.each(elsewhere)(
    'a policy whose only root and admin statements name %s is a lockout (plan of a new key)',
    (_name, resource) => {
      const plan = planCreate([
        { ...BACKSTOP, Resource: resource },
        { ...ADMINS, Resource: resource },
      ]);
      expect(plan.problems).toContainEqual(
        expect.objectContaining({
          code: 'policy-lockout',
          message: expect.stringContaining('the account root'),
        }),
      );
    },
  );

  it.each(elsewhere)(
    'a policy whose only root and admin statements name %s is a lockout (update of an existing key)',
    (_name, resource) => {
      const plan = planUpdate([
        { ...BACKSTOP, Resource: resource },
        { ...ADMINS, Resource: resource },
      ]);
      expect(plan.problems).toContainEqual(expect.objectContaining({ code: 'policy-lockout' }));
    },
  );

  it.each(elsewhere)(
    'no-root-backstop reports a policy whose only root and admin statements name %s',
    (_name, resource) => {
      const desired = desiredFrom(
        manifestWith([
          { ...BACKSTOP, Resource: resource },
          { ...ADMINS, Resource: resource },
        ]),
      );
      expect(runLint(desired).map((finding) => finding.rule)).toContain('no-root-backstop');
    },
  );

  it('counts a Deny scoped to another key id as applying to a key not created yet, but not to an existing key', () => {
    const denyOther: PolicyStatement = {
      Sid: 'DenyOtherKey',
      Effect: 'Deny',
      Principal: '*',
      Action: 'kms:*',
      Resource: `arn:aws:kms:${REGION}:${ACCOUNT}:key/9999abcd-12ab-34cd-56ef-1234567890ab`,
    };
    // Created: the new key's id is unknown, so the Deny could name it (safer reading).
    expect(
      planCreate([BACKSTOP, ADMINS, denyOther]).problems.map((problem) => problem.code),
    ).toContain('policy-lockout');
    // Existing: the key ARN is known and differs.
    expect(planUpdate([BACKSTOP, ADMINS, denyOther]).problems).toEqual([]);
  });

  it('keeps a policy whose root statement names every key of this account and Region', () => {
    const resource = `arn:aws:kms:${REGION}:${ACCOUNT}:key/*`;
    expect(
      planCreate([
        { ...BACKSTOP, Resource: resource },
        { ...ADMINS, Resource: resource },
      ]).problems,
    ).toEqual([]);
  });
});

describe('aws:PrincipalArn of a role session whose role path is unknown', () => {
  // IAM User Guide, "AWS global condition context keys", aws:PrincipalArn: for a role session
  // the key holds the role's ARN, path included (`role/deploy/kms-admin`). GetCallerIdentity
  // names the session without the path, so the plan cannot know the value.
  const SESSION = `arn:aws:sts::${ACCOUNT}:assumed-role/kms-admin/github-run-1`;
  const denyDeployRoles = denyAll({
    ArnLike: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/deploy/*` },
  });

  it('a Deny on the role path counts as applying to the applying session (lockout and applier checks)', () => {
    const safe = desiredFrom(manifestWith([BACKSTOP, ADMINS]));
    const live = liveFrom(keyNamed(safe, 'app'));
    const desired = desiredFrom(manifestWith([BACKSTOP, ADMINS, denyDeployRoles]));
    const plan = buildPlan(desired, liveState(desired, [live]), { applierFor: () => SESSION });
    const lockout = plan.problems.find((problem) => problem.code === 'policy-lockout');
    expect(lockout?.message).toContain('the applying principal');
    expect(lockout?.message).toContain('DenyEveryone');
  });

  it('the role ARN with its path decides it: a role outside /deploy/ is not locked out', () => {
    const safe = desiredFrom(manifestWith([BACKSTOP, ADMINS]));
    const live = liveFrom(keyNamed(safe, 'app'));
    const desired = desiredFrom(manifestWith([BACKSTOP, ADMINS, denyDeployRoles]));
    const plan = buildPlan(desired, liveState(desired, [live]), {
      applierFor: () => `arn:aws:iam::${ACCOUNT}:role/ops/kms-admin`,
    });
    expect(plan.problems).toEqual([]);
  });

  it('a role applier is a session of that role: a Deny with NotPrincipal listing only the role and account applies to it (IAM User Guide, "NotPrincipal": list the session ARN too)', () => {
    const denyButRole: PolicyStatement = {
      Sid: 'DenyAllButAdmin',
      Effect: 'Deny',
      NotPrincipal: { AWS: [ROOT, ADMIN] },
      Action: 'kms:*',
      Resource: '*',
    };
    const safe = desiredFrom(manifestWith([BACKSTOP, ADMINS]));
    const live = liveFrom(keyNamed(safe, 'app'));
    const desired = desiredFrom(manifestWith([BACKSTOP, ADMINS, denyButRole]));
    const plan = buildPlan(desired, liveState(desired, [live]), { applierFor });
    const lockout = plan.problems.find((problem) => problem.code === 'policy-lockout');
    expect(lockout?.message).toContain(`the applying principal (${ADMIN})`);
    expect(lockout?.message).toContain('DenyAllButAdmin');
  });
});
