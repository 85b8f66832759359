import { describe, expect, it } from 'vitest';
import type { DesiredGrant } from '../../../core/manifest/desired-state.ts';
import { diffGrants } from '../../../core/plan/diff-grants.ts';
import type { LiveGrant } from '../../../core/plan/live-state.ts';

const grantChanges = (...args: Parameters<typeof diffGrants>) => diffGrants(...args).changes;

const KEY = { name: 'app', account: '111122223333', region: 'us-east-1', keyId: 'k1' };
const LOGS = 'logs.us-east-1.amazonaws.com';
const APP_GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:app';

const declared: DesiredGrant = {
  name: 'logs-app',
  granteePrincipal: LOGS,
  retiringPrincipal: LOGS,
  operations: ['Decrypt'],
  sourceArn: APP_GROUP,
};
const live: LiveGrant = { grantId: 'g1', ...declared };

describe('diffGrants: grants to a service principal', () => {
  it('matches the live grant with the same SourceArn constraint', () => {
    expect(grantChanges(KEY, [declared], [live])).toEqual([]);
  });

  it.each<[string, LiveGrant]>([
    [
      'another SourceArn',
      { ...live, sourceArn: 'arn:aws:logs:us-east-1:111122223333:log-group:x' },
    ],
    [
      'no SourceArn',
      {
        grantId: 'g1',
        name: 'logs-app',
        granteePrincipal: LOGS,
        retiringPrincipal: LOGS,
        operations: ['Decrypt'],
      },
    ],
  ])(
    'replaces a live grant with %s (the constraint is what scopes the service)',
    (_what, grant) => {
      expect(
        grantChanges(KEY, [declared], [grant]).map((change) => `${change.action} ${change.risk}`),
      ).toEqual(['create-grant safe', 'revoke-grant destructive']);
    },
  );
});

describe('diffGrants: replacing a declared grant to a service principal', () => {
  it('marks the old grant as one to name at apply (its grantee is operated by AWS), and says so', () => {
    const changes = grantChanges(
      KEY,
      [declared],
      [{ ...live, sourceArn: 'arn:aws:logs:us-east-1:111122223333:log-group:x' }],
    );
    expect(changes[1]).toMatchObject({
      action: 'revoke-grant',
      awsGrantee: true,
      note: expect.stringContaining('--revoke-grant g1'),
    });
  });
});
