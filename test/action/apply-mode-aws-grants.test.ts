/**
 * Mode apply and the revokes of grants AWS operates (`awsGrantee`): AWS services create such
 * grants at any time (EBS, for each instance started), and the Action never revokes one, so
 * they count neither as unreviewed nor as dropped changes, and are reported held back.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import {
  CHANGES,
  createWorkspace,
  fakeServices,
  inputs,
  octokit,
  planOf,
  pushContext,
  type Workspace,
} from './action-fixtures.ts';
import { disableOld, expectReport, mergedPull, reviewedComment } from './merged-pull-nock.ts';

let workspace: Workspace;

beforeAll(async () => {
  nock.disableNetConnect();
  workspace = await createWorkspace();
});
afterAll(async () => {
  await workspace.remove();
});
afterEach(() => {
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('mode apply and revokes of grants AWS operates', () => {
  // EC2 attached an encrypted EBS volume to a new instance between the plan and the merge:
  // EBS granted the key to the instance, and the plan at merge revokes that grant (no
  // keep_grants entry keeps it). The Action never makes that change, so it is not an
  // unreviewed change that holds back the reviewed ones: it is reported, never applied.
  it('applies the reviewed plan when a revoke of a grant AWS operates appeared since the review, and reports that grant held back with how to keep it', async () => {
    mergedPull(reviewedComment([CHANGES.description, CHANGES.scheduleDeletion]));
    const report = expectReport();
    const services = fakeServices([
      {
        plan: planOf([CHANGES.description, CHANGES.awsGrantRevoke, CHANGES.scheduleDeletion]),
      },
    ]);

    const result = await run(
      inputs({ 'allow-destructive': 'true' }),
      octokit(),
      pushContext(workspace.dir),
      services,
    );

    expect(result.failures).toEqual([]);
    expect(services.applyCalls.map((call) => call.plan.changes)).toEqual([
      [CHANGES.description, CHANGES.scheduleDeletion],
    ]);
    expect(result.outputs.applied).toBe('2');
    for (const text of [result.summary, report.body ?? '']) {
      expect(text).not.toContain('Held back: not reviewed');
      // Markdown-escaped: `\-`, `\_`.
      expect(text).toContain(
        '> - `grant.prod-s3.0d8aa621`: revoke grant 0d8aa621 of arn:aws:sts::111122223333:assumed\\-role/aws:ec2\\-infrastructure/i\\-5d476fab: Decrypt (grant g\\-ebs\\-1 is to arn:aws:sts::111122223333:assumed\\-role/aws:ec2\\-infrastructure/i\\-5d476fab, which AWS operates',
      );
      expect(text).toContain("to keep it, add it to the key's keep\\_grants");
    }
    expect(services.warnings.join()).toContain(
      'of grants to grantees AWS operates, which the Action never makes',
    );
  });

  it('does not count a reviewed revoke of a grant AWS operates that is gone (AWS retired it) as a dropped reviewed change', async () => {
    mergedPull(reviewedComment([disableOld, CHANGES.awsGrantRevoke]));
    expectReport();
    const services = fakeServices([{ plan: planOf([disableOld]) }]);

    const result = await run(inputs(), octokit(), pushContext(workspace.dir), services);

    expect(result.failures).toEqual([]);
    expect(services.applyCalls.map((call) => call.plan.changes)).toEqual([[disableOld]]);
  });

  it('never passes a revoke of a grant AWS operates to apply, even when it was reviewed and destructive changes are allowed', async () => {
    mergedPull(reviewedComment([CHANGES.awsGrantRevoke]));
    expectReport();
    const services = fakeServices([{ plan: planOf([CHANGES.awsGrantRevoke]) }]);

    const result = await run(
      inputs({ 'allow-destructive': 'true' }),
      octokit(),
      pushContext(workspace.dir),
      services,
    );

    expect(services.applyCalls).toEqual([]);
    expect(result.failures).toEqual([]);
    expect(result.outputs.applied).toBe('0');
    expect(result.summary).toContain('(grant g\\-ebs\\-1 is to');
    expect(result.summary).not.toContain('Nothing to apply');
  });

  it('still holds back reviewed destructive changes when an unreviewed change appears next to a revoke of a grant AWS operates', async () => {
    mergedPull(reviewedComment([CHANGES.scheduleDeletion]));
    expectReport();
    const services = fakeServices([
      { plan: planOf([CHANGES.description, CHANGES.awsGrantRevoke, CHANGES.scheduleDeletion]) },
    ]);

    const result = await run(
      inputs({ 'allow-destructive': 'true' }),
      octokit(),
      pushContext(workspace.dir),
      services,
    );

    expect(services.applyCalls).toEqual([]);
    expect(result.failures.join()).toContain(
      '2 changes held back because no reviewer saw them (or the rest of their plan): key.prod-s3 update-description, key.prod-s3 schedule-deletion.',
    );
    expect(result.summary).toContain('(grant g\\-ebs\\-1 is to');
  });
});
