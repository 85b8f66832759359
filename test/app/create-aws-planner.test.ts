import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAwsPlanner } from '../../app/create-aws-planner.ts';
import { parsePlanAccounts } from '../../app/parse-plan-accounts.ts';
import { readManifest } from '../../core/manifest/read-manifest.ts';

const ROLE = 'arn:aws:iam::{account}:role/kms-action-plan';

function desiredIn(account: string, repository = 'acme/platform-keys') {
  const result = readManifest(
    'kms.yaml',
    `version: 1\nkeys:\n  app:\n    account: "${account}"\n    region: us-east-1\n`,
    { repository, manifestPath: 'kms.yaml' },
  );
  if (!result.ok) throw new Error('invalid test manifest');
  return result.desired;
}

describe('the app planner', () => {
  beforeEach(() => {
    nock.disableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('is off without a plan role', () => {
    expect(createAwsPlanner({})).toBeUndefined();
  });

  it('refuses to start with a plan role but no account allow-list', () => {
    expect(() => createAwsPlanner({ KMS_ACTION_PLAN_ROLE: ROLE })).toThrow(
      'KMS_ACTION_PLAN_ACCOUNTS is not',
    );
  });

  it('refuses, before any AWS call, a manifest that names an account the repository may not read', async () => {
    const planner = createAwsPlanner({
      KMS_ACTION_PLAN_ROLE: ROLE,
      KMS_ACTION_PLAN_ACCOUNTS: JSON.stringify({ 'acme/platform-keys': ['111122223333'] }),
    });
    // No nock interceptor: an STS or KMS call would fail with a network error, not this message.
    await expect(planner?.(desiredIn('999999999999'))).rejects.toThrow(
      'not planned: this app may not read account 999999999999 for acme/platform-keys',
    );
    await expect(planner?.(desiredIn('111122223333', 'acme/other-repo'))).rejects.toThrow(
      'may not read account 111122223333 for acme/other-repo',
    );
  });
});

describe('parsePlanAccounts', () => {
  it.each([
    ['not json', 'not valid JSON'],
    ['["111122223333"]', 'must be a JSON object'],
    ['{"acme": ["111122223333"]}', "'acme' is not a repository"],
    ['{"acme/keys": [111122223333]}', 'must list 12-digit account ids as strings'],
  ])('rejects %s', (value, message) => {
    expect(() => parsePlanAccounts(value)).toThrow(message);
  });

  it('reads repositories case-insensitively and the explicit wildcard', () => {
    const allowList = parsePlanAccounts('{"Acme/Keys": ["111122223333"], "*": ["444455556666"]}');
    expect([...(allowList.get('acme/keys') ?? [])]).toEqual(['111122223333']);
    expect([...(allowList.get('*') ?? [])]).toEqual(['444455556666']);
  });
});
