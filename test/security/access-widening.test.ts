import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../core/plan/build-plan.ts';
import type { Change } from '../../core/plan/plan-types.ts';
import { ACCOUNT, desiredFrom, keyNamed, liveFrom, liveState } from '../core/plan/plan-fixtures.ts';

const FOREIGN = '555566667777';
const ROOT = {
  Sid: 'Root',
  Effect: 'Allow' as const,
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};

function rawPolicy(...statements: object[]): string {
  return `    policy:\n      document: ${JSON.stringify({ Version: '2012-10-17', Statement: [ROOT, ...statements] })}\n`;
}

/** The plan's change of `action` for a new key declared with `body`. */
function created(body: string, action: Change['action'] = 'create'): Change | undefined {
  const desired = desiredFrom(`  app:\n${body}`);
  return buildPlan(desired, liveState(desired, [])).changes.find(
    (change) => change.action === action,
  );
}

/** The policy update of an existing key whose live policy is the root statement only. */
function updated(body: string): Change | undefined {
  const desired = desiredFrom(`  app:\n${body}`);
  const live = liveFrom(keyNamed(desired, 'app'), {
    policy: { Version: '2012-10-17', Statement: [ROOT] },
  });
  return buildPlan(desired, liveState(desired, [live])).changes.find(
    (change) => change.action === 'update-policy',
  );
}

/**
 * Guard: a change that lets in someone outside the key's account (another account, an
 * organisation, anyone, an AWS service) is never `safe`, and names who gets in, however the
 * policy writes it.
 */
describe('a change that lets in someone outside the account is at least disruptive', () => {
  it('a new key whose policy lets another account decrypt shows the access and is disruptive', () => {
    const change = created(
      `    policy:\n      cross_account:\n        - { principal: "arn:aws:iam::${FOREIGN}:root", actions: [Decrypt] }\n`,
    );
    expect(change?.action === 'create' && change.access).toContainEqual(
      expect.objectContaining({
        principal: `arn:aws:iam::${FOREIGN}:root`,
        action: 'kms:Decrypt',
        change: 'gains',
      }),
    );
    expect(change?.risk).toBe('disruptive');
    expect(change?.widens).toEqual([
      {
        principal: `arn:aws:iam::${FOREIGN}:root`,
        kind: 'other-account',
        actions: ['kms:Decrypt'],
      },
    ]);
  });

  it('a new key whose policy names only its own account stays safe, its access still shown', () => {
    const change = created('    policy: { users: [app] }\n');
    expect(change?.risk).toBe('safe');
    expect(change?.widens).toBeUndefined();
    expect(change?.action === 'create' && change.access.length).toBeGreaterThan(0);
  });

  it('a foreign account gaining GenerateDataKey is never safe', () => {
    const change = updated(
      rawPolicy({
        Sid: 'Foreign',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${FOREIGN}:role/reader` },
        Action: 'kms:GenerateDataKey',
        Resource: '*',
      }),
    );
    expect(change?.risk).toBe('disruptive');
    expect(change?.widens?.[0]).toMatchObject({
      kind: 'other-account',
      actions: ['kms:GenerateDataKey'],
    });
  });

  it('anyone, even under a condition, widens access', () => {
    const change = updated(
      rawPolicy({
        Sid: 'Anyone',
        Effect: 'Allow',
        Principal: '*',
        Action: 'kms:Decrypt',
        Resource: '*',
        Condition: { StringEquals: { 'kms:CallerAccount': ACCOUNT } },
      }),
    );
    expect(change?.risk).toBe('disruptive');
    expect(change?.widens?.map((entry) => entry.kind)).toContain('anyone');
  });

  it('an organisation condition widens access to the organisation', () => {
    const change = updated(
      rawPolicy({
        Sid: 'Org',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: ['kms:Decrypt'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } },
      }),
    );
    expect(change?.risk).toBe('disruptive');
    expect(change?.widens).toContainEqual({
      principal: 'organization o-abc123',
      kind: 'organization',
      actions: ['kms:Decrypt'],
    });
  });

  it('a service principal widens access', () => {
    const change = updated(
      rawPolicy({
        Sid: 'Logs',
        Effect: 'Allow',
        Principal: { Service: 'logs.us-east-1.amazonaws.com' },
        Action: 'kms:Encrypt',
        Resource: '*',
      }),
    );
    expect(change?.risk).toBe('disruptive');
    expect(change?.widens?.[0]?.kind).toBe('service');
  });

  it('a grant to another account is disruptive, one to the own account safe', () => {
    const grant = (principal: string) =>
      created(
        `    grants:\n      - { name: g, grantee: "${principal}", operations: [GenerateDataKey] }\n`,
        'create-grant',
      );
    expect(grant(`arn:aws:iam::${FOREIGN}:role/x`)?.risk).toBe('disruptive');
    expect(grant(`arn:aws:iam::${ACCOUNT}:role/x`)?.risk).toBe('safe');
  });

  it('removing the root and the applier from the policy still blocks the plan', () => {
    const desired = desiredFrom(
      `  app:\n    policy:\n      document: ${JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'App',
            Effect: 'Allow',
            Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` },
            Action: 'kms:Decrypt',
            Resource: '*',
          },
        ],
      })}\n`,
    );
    const live = liveFrom(keyNamed(desired, 'app'), {
      policy: { Version: '2012-10-17', Statement: [ROOT] },
    });
    const plan = buildPlan(desired, liveState(desired, [live]), {
      applierFor: () => `arn:aws:iam::${ACCOUNT}:role/kms-apply`,
    });
    expect(plan.problems.map((problem) => problem.code)).toContain('policy-lockout');
  });

  it.each([
    ['a bare foreign account id', { Principal: { AWS: FOREIGN } }, 'other-account'],
    ['`*` in a list', { Principal: { AWS: ['*'] } }, 'anyone'],
    [
      'an Allow with NotPrincipal',
      { NotPrincipal: { AWS: `arn:aws:iam::${ACCOUNT}:root` } },
      'anyone',
    ],
    ['a federated principal', { Principal: { Federated: 'accounts.google.com' } }, 'unknown'],
    [
      'an organisation key in other case',
      { Principal: '*', Condition: { StringEquals: { 'AWS:PrincipalOrgId': 'o-abc123' } } },
      'organization',
    ],
  ])('%s is caught', (_name, principal, kind) => {
    const change = updated(
      rawPolicy({
        Sid: 'Wide',
        Effect: 'Allow',
        ...principal,
        Action: 'kms:Decrypt',
        Resource: '*',
      }),
    );
    expect(change?.risk).not.toBe('safe');
    expect(change?.widens?.map((entry) => entry.kind)).toContain(kind);
  });

  it("a new replica's own policy widens access like a new key's", () => {
    // ReplicateKey sets the replica's policy: a replica of a key the plan already has can
    // let anyone in without any key or policy change of its primary.
    const desired = desiredFrom(`  global:
    multi_region: true
    policy: { admins: [admin] }
    replicas:
      - region: eu-west-1
${rawPolicy({ Sid: 'Anyone', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }).replace(/^/gm, '    ').trimEnd()}
`);
    const live = liveState(desired, [liveFrom(keyNamed(desired, 'global'))]);
    const change = buildPlan(desired, live).changes.find(
      (candidate) => candidate.action === 'create-replica',
    );
    expect(change?.risk).toBe('disruptive');
    expect(change?.widens).toEqual([
      expect.objectContaining({ principal: '*', kind: 'anyone', actions: ['kms:Decrypt'] }),
    ]);
  });
});
