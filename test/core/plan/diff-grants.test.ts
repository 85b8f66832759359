import { describe, expect, it } from 'vitest';
import type { DesiredGrant } from '../../../core/manifest/desired-state.ts';
import { diffGrants } from '../../../core/plan/diff-grants.ts';
import type { LiveGrant } from '../../../core/plan/live-state.ts';

const grantChanges = (...args: Parameters<typeof diffGrants>) => diffGrants(...args).changes;

const KEY = { name: 'app', account: '111122223333', region: 'us-east-1', keyId: 'k1' };
const APP = 'arn:aws:iam::111122223333:role/app';
const OTHER = 'arn:aws:iam::111122223333:role/other';

const declared: DesiredGrant = {
  name: 'batch',
  granteePrincipal: APP,
  retiringPrincipal: APP,
  operations: ['Decrypt', 'GenerateDataKey'],
  encryptionContextSubset: { project: 'portfolio', team: 'data' },
};
const exact: LiveGrant = {
  grantId: 'g1',
  name: 'batch',
  granteePrincipal: APP,
  retiringPrincipal: APP,
  operations: ['GenerateDataKey', 'Decrypt'],
  encryptionContextSubset: { team: 'data', project: 'portfolio' },
};

const summary = (changes: ReturnType<typeof grantChanges>) =>
  changes.map((change) => `${change.action} ${change.risk}`);

describe('diffGrants', () => {
  it('matches a live grant that equals the declared one (operations as a set, context keys in any order)', () => {
    expect(
      grantChanges(
        KEY,
        [declared],
        [{ ...exact, operations: ['GenerateDataKey', 'Decrypt', 'Decrypt'] }],
      ),
    ).toEqual([]);
  });

  const without = (field: 'retiringPrincipal' | 'encryptionContextSubset'): LiveGrant => {
    const copy = { ...exact };
    Reflect.deleteProperty(copy, field);
    return copy;
  };
  it.each<[string, LiveGrant]>([
    ['another grantee', { ...exact, granteePrincipal: OTHER }],
    ['another retiring principal', { ...exact, retiringPrincipal: OTHER }],
    ['no retiring principal', without('retiringPrincipal')],
    ['more operations', { ...exact, operations: ['Decrypt', 'Encrypt', 'GenerateDataKey'] }],
    ['fewer operations', { ...exact, operations: ['Decrypt'] }],
    [
      'another context value',
      { ...exact, encryptionContextSubset: { project: 'portfolio', team: 'ops' } },
    ],
    ['a smaller context subset', { ...exact, encryptionContextSubset: { project: 'portfolio' } }],
    ['no constraint', without('encryptionContextSubset')],
    [
      'an equals constraint instead of subset',
      {
        ...without('encryptionContextSubset'),
        encryptionContextEquals: { project: 'portfolio', team: 'data' },
      },
    ],
    ['an extra empty equals constraint', { ...exact, encryptionContextEquals: {} }],
  ])(
    'creates the declared grant and revokes a namesake with %s only as a destructive change',
    (_, live) => {
      const changes = grantChanges(KEY, [declared], [live]);
      expect(summary(changes)).toEqual(['create-grant safe', 'revoke-grant destructive']);
      expect(changes[1]).toMatchObject({ grantId: 'g1', address: 'grant.app.batch' });
      expect(changes[1]?.note).toContain('--allow-destructive');
    },
  );

  it("does not let a declared grant's name adopt another principal's out-of-band grant", () => {
    const outOfBand: LiveGrant = {
      grantId: 'g-stray',
      name: 'batch',
      granteePrincipal: OTHER,
      operations: ['Decrypt', 'GenerateDataKey'],
    };
    const changes = grantChanges(KEY, [declared], [outOfBand]);
    expect(changes).toEqual([
      expect.objectContaining({ action: 'create-grant', risk: 'safe' }),
      expect.objectContaining({
        action: 'revoke-grant',
        risk: 'destructive',
        grantId: 'g-stray',
        before: expect.objectContaining({ granteePrincipal: OTHER }) as unknown,
      }),
    ]);
  });

  it('matches one live grant to one declared grant only', () => {
    const changes = grantChanges(KEY, [declared, { ...declared }], [exact]);
    expect(summary(changes)).toEqual(['create-grant safe']);
  });

  it('revokes a second live grant with the same name and spec as destructive', () => {
    const changes = grantChanges(KEY, [declared], [exact, { ...exact, grantId: 'g2' }]);
    expect(changes).toEqual([
      expect.objectContaining({ action: 'revoke-grant', risk: 'destructive', grantId: 'g2' }),
    ]);
  });

  it('revokes undeclared and unnamed grants as destructive', () => {
    const changes = grantChanges(
      KEY,
      [],
      [{ grantId: 'g3', granteePrincipal: OTHER, operations: ['Decrypt'] }, exact],
    );
    expect(changes.map((change) => `${change.address} ${change.risk}`)).toEqual([
      'grant.app.g3 destructive',
      'grant.app.batch destructive',
    ]);
  });
});
