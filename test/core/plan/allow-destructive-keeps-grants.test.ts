/**
 * The reason for `keep_grants`: someone passes --allow-destructive to delete one key, and
 * the same apply must not revoke the grants AWS services hold for running resources (an EBS
 * volume of an instance, a DynamoDB table) on another key. Apply makes exactly the changes
 * `holdBackReason` lets through (adapters/aws/apply-plan.ts).
 */
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';
import { holdBackReason, type HoldBackOptions } from '../../../core/plan/hold-back-reason.ts';
import type { LiveGrant } from '../../../core/plan/live-state.ts';
import type { Plan } from '../../../core/plan/plan-types.ts';
import { renderPlanJson } from '../../../core/render/render-plan-json.ts';
import { renderPlanMarkdown } from '../../../core/render/render-plan-markdown.ts';
import { renderPlanText } from '../../../core/render/render-plan-text.ts';
import { ACCOUNT, keyNamed, liveFrom, liveState } from './plan-fixtures.ts';

const MANIFEST = `version: 1
defaults:
  account: "${ACCOUNT}"
  region: us-east-1
  keep_grants:
    - grantee: arn:aws:iam::${ACCOUNT}:role/aws:ec2-infrastructure
      reason: EBS volumes of running instances
principals:
  dynamodb: dynamodb.us-east-1.amazonaws.com
keys:
  data:
    description: data
    keep_grants:
      - { grantee: dynamodb, reason: DynamoDB tables encrypted with this key }
  old:
    description: retired
    state: pending_deletion
`;

const EBS: LiveGrant = {
  grantId: 'g-ebs',
  granteePrincipal: `arn:aws:sts::${ACCOUNT}:assumed-role/aws:ec2-infrastructure/i-0abc`,
  retiringPrincipal: 'ec2.us-east-1.amazonaws.com',
  operations: ['Decrypt'],
  encryptionContextSubset: { 'aws:ebs:id': 'vol-0894f908458cca170' },
};
const TABLE: LiveGrant = {
  grantId: 'g-table',
  name: '8276b9a6-6cf0-46f1-b2f0-7993a7f8c89a',
  granteePrincipal: 'dynamodb.us-east-1.amazonaws.com',
  retiringPrincipal: 'dynamodb.us-east-1.amazonaws.com',
  operations: ['Decrypt', 'Encrypt', 'GenerateDataKey'],
  encryptionContextSubset: { 'aws:dynamodb:tableName': 'Books' },
};
const RDS: LiveGrant = {
  grantId: 'g-rds',
  granteePrincipal: 'rds.us-east-1.amazonaws.com',
  retiringPrincipal: 'rds.us-east-1.amazonaws.com',
  operations: ['Decrypt', 'GenerateDataKeyWithoutPlaintext'],
};
const STRAY: LiveGrant = {
  grantId: 'g-stray',
  granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/outsider`,
  operations: ['Decrypt'],
};

function planOf(grants: LiveGrant[]): Plan {
  const result = readManifest('kms.yaml', MANIFEST, {
    repository: 'acme/keys',
    manifestPath: 'kms.yaml',
  });
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  const desired = result.desired;
  const data = liveFrom(keyNamed(desired, 'data'), { grants });
  const old = liveFrom({ ...keyNamed(desired, 'old'), state: 'enabled' });
  return buildPlan(desired, liveState(desired, [data, old]));
}

/** What apply makes, in order: the changes no hold-back reason stops. */
function applied(plan: Plan, options: HoldBackOptions): string[] {
  return plan.changes
    .filter((change) => holdBackReason(change, options) === undefined)
    .map((change) => `${change.action} ${'grantId' in change ? change.grantId : change.key}`);
}

describe('--allow-destructive and the grants AWS services hold', () => {
  const plan = planOf([EBS, TABLE, RDS, STRAY]);

  it('lists the kept grants with their rule and reason, and plans no change for them', () => {
    expect(
      plan.keptGrants?.map((kept) => [kept.grantId, kept.rule.source, kept.rule.reason]),
    ).toEqual([
      // Sorted by address: the DynamoDB grant has a name, the EBS grant goes by its id.
      ['g-table', 'key', 'DynamoDB tables encrypted with this key'],
      ['g-ebs', 'defaults', 'EBS volumes of running instances'],
    ]);
    expect(plan.changes.map((change) => `${change.action} ${change.risk}`).sort()).toEqual([
      'revoke-grant destructive',
      'revoke-grant destructive',
      'schedule-deletion destructive',
    ]);
  });

  it('deleting a key with --allow-destructive revokes the stray grant, never a kept one nor an unkept AWS one', () => {
    expect(applied(plan, { allowDestructive: true }).sort()).toEqual([
      'revoke-grant g-stray',
      'schedule-deletion old',
    ]);
  });

  it('revokes the unkept grant to an AWS service only when it is named as well', () => {
    expect(applied(plan, { allowDestructive: true, revokeGrants: ['g-rds'] })).toContain(
      'revoke-grant g-rds',
    );
    expect(applied(plan, { allowDestructive: false, revokeGrants: ['g-rds'] })).toEqual([]);
    // Naming a kept grant revokes nothing: it is not a change of the plan.
    expect(
      applied(plan, { allowDestructive: true, revokeGrants: ['g-ebs', 'g-table'] }).filter((line) =>
        /g-ebs|g-table/.test(line),
      ),
    ).toEqual([]);
  });

  it('holds an unnamed AWS-grantee revoke back whatever its risk says', () => {
    const revoke = plan.changes.find(
      (change) => change.action === 'revoke-grant' && change.awsGrantee === true,
    );
    if (revoke === undefined) throw new Error('no AWS-grantee revoke in the plan');
    const rated = { ...revoke, risk: 'disruptive' as const };
    expect(holdBackReason(rated, { allowDestructive: true })).toContain('--revoke-grant');
  });

  it('shows the kept grants in every output: text, Markdown and JSON', () => {
    const text = renderPlanText(plan);
    expect(text).toContain('Kept by keep_grants (2 live grants');
    expect(text).toContain('g-ebs');
    expect(text).toContain('EBS volumes of running instances');
    const markdown = renderPlanMarkdown(plan);
    expect(markdown).toContain('Kept by <code>keep_grants</code>: 2 live grants');
    expect(markdown).toContain('DynamoDB tables encrypted with this key');
    expect(renderPlanJson(plan).kept_grants.map((kept) => kept.grant_id)).toEqual([
      'g-table',
      'g-ebs',
    ]);
  });

  it('a plan with only kept grants has no changes', () => {
    const quiet = buildPlan(
      ...(() => {
        const result = readManifest('kms.yaml', MANIFEST.replace(/ {2}old:[\s\S]*$/, ''), {
          repository: 'acme/keys',
          manifestPath: 'kms.yaml',
        });
        if (!result.ok) throw new Error('invalid');
        const data = liveFrom(keyNamed(result.desired, 'data'), { grants: [EBS, TABLE] });
        return [result.desired, liveState(result.desired, [data])] as const;
      })(),
    );
    expect(quiet.changes).toEqual([]);
    expect(quiet.keptGrants).toHaveLength(2);
    expect(renderPlanText(quiet)).toContain('No changes');
  });
});
