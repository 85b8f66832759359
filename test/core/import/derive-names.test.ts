import { describe, expect, it } from 'vitest';
import { deriveKeyNames } from '../../../core/import/derive-key-names.ts';
import { derivePrincipalNames } from '../../../core/import/derive-principal-names.ts';

const ID_A = '1234abcd-12ab-34cd-56ef-1234567890ab';
const ID_B = '9876fedc-12ab-34cd-56ef-1234567890ab';
const ID_C = '5555aaaa-12ab-34cd-56ef-1234567890ab';
const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

describe('deriveKeyNames', () => {
  it.each([
    [
      'the first alias, sorted',
      { id: ID_A, aliases: ['alias/prod-s3', 'alias/a-legacy'] },
      'a-legacy',
    ],
    ['an alias with a path', { id: ID_A, aliases: ['alias/prod/s3'] }, 'prod-s3'],
    ['the key id without an alias', { id: ID_A, aliases: [] }, 'key-1234abcd'],
    [
      'a multi-Region key id',
      { id: 'mrk-1234abcd12ab34cd56ef1234567890ab', aliases: [] },
      'key-mrk-1234abcd',
    ],
    [
      'the logical name this manifest gave it',
      { id: ID_A, aliases: ['alias/x'], logicalName: 'prod-s3' },
      'prod-s3',
    ],
  ])('names a key by %s', (_case, key, expected) => {
    expect(deriveKeyNames([key]).get(key.id)).toBe(expected);
  });

  it('keeps names unique: the alias that needed no rewriting keeps the name, the other gets its id', () => {
    const names = deriveKeyNames([
      { id: ID_A, aliases: ['alias/prod/s3'] },
      { id: ID_B, aliases: ['alias/prod-s3'] },
    ]);
    expect(names.get(ID_B)).toBe('prod-s3');
    expect(names.get(ID_A)).toBe('prod-s3-1234abcd');
  });

  it('does not give an alias name away that a managed key already holds', () => {
    const names = deriveKeyNames([
      { id: ID_A, aliases: ['alias/reports'] },
      { id: ID_B, aliases: [], logicalName: 'reports' },
    ]);
    expect(names.get(ID_B)).toBe('reports');
    expect(names.get(ID_A)).toBe('reports-1234abcd');
  });

  it('gives the same names whatever the listing order, and every name is valid and unique', () => {
    const keys = [
      { id: ID_A, aliases: ['alias/app/db'] },
      { id: ID_B, aliases: ['alias/app-db'] },
      { id: ID_C, aliases: ['alias/app_db', 'alias/zzz'] },
      { id: 'aaaa1111-12ab-34cd-56ef-1234567890ab', aliases: [] },
      { id: 'aaaa1111-99ab-34cd-56ef-1234567890ab', aliases: [] },
      { id: 'bbbb2222-12ab-34cd-56ef-1234567890ab', aliases: ['alias/---'] },
    ];
    const forward = deriveKeyNames(keys);
    const backward = deriveKeyNames([...keys].reverse());
    expect([...backward].sort()).toEqual([...forward].sort());
    const names = [...forward.values()];
    expect(new Set(names).size).toBe(keys.length);
    for (const name of names) expect(name).toMatch(NAME);
  });

  it("keeps a key's name when other keys come and go", () => {
    const key = { id: ID_A, aliases: ['alias/orders'] };
    const alone = deriveKeyNames([key]).get(ID_A);
    const crowded = deriveKeyNames([
      { id: ID_B, aliases: ['alias/orders-v2'] },
      key,
      { id: ID_C, aliases: [] },
    ]).get(ID_A);
    expect(crowded).toBe(alone);
  });
});

describe('derivePrincipalNames', () => {
  const accountName = (account: string) =>
    account === '111122223333' ? 'production' : `account-${account}`;
  const options = { account: '111122223333', accountName };

  it('names roles and users by their name, roots by their account, sessions by role and session', () => {
    const names = derivePrincipalNames(
      [
        'arn:aws:iam::111122223333:role/service-role/app-s3',
        'arn:aws:iam::111122223333:user/alice',
        'arn:aws:iam::222222222222:root',
        'arn:aws:sts::111122223333:assumed-role/ops/jane@example.com',
      ],
      options,
    );
    expect(Object.fromEntries(names)).toEqual({
      'arn:aws:iam::111122223333:role/service-role/app-s3': 'app-s3',
      'arn:aws:iam::111122223333:user/alice': 'alice',
      'arn:aws:iam::222222222222:root': 'account-222222222222-root',
      'arn:aws:sts::111122223333:assumed-role/ops/jane@example.com': 'ops-jane-example.com',
    });
  });

  it("keeps clashing names unique, the imported account's principals keeping the plain name", () => {
    const arns = [
      'arn:aws:iam::222222222222:role/app',
      'arn:aws:iam::111122223333:user/app',
      'arn:aws:iam::111122223333:role/app',
      'arn:aws:iam::333333333333:role/app',
    ];
    const names = derivePrincipalNames(arns, options);
    expect(names.get('arn:aws:iam::111122223333:role/app')).toBe('app');
    expect(names.get('arn:aws:iam::111122223333:user/app')).toBe('app-production');
    expect(names.get('arn:aws:iam::222222222222:role/app')).toBe('app-account-222222222222');
    expect(names.get('arn:aws:iam::333333333333:role/app')).toBe('app-account-333333333333');
    expect(derivePrincipalNames([...arns].reverse(), options)).toEqual(names);
  });

  it('never derives a name that reads like an AWS service principal (the manifest refuses one)', () => {
    const arns = [
      'arn:aws:iam::111122223333:role/ecs.amazonaws.com',
      'arn:aws:sts::111122223333:assumed-role/app/s3.amazonaws.com',
      `arn:aws:iam::111122223333:role/${'x'.repeat(50)}.lambda.amazonaws.com.cn`,
    ];
    const names = [...derivePrincipalNames(arns, options).values()];
    expect(names).toHaveLength(3);
    for (const name of names) {
      expect(name).toMatch(NAME);
      expect(name).not.toMatch(/\.amazonaws\.com(\.cn)?$/);
    }
    expect(names).toContain('ecs-amazonaws-com');
  });

  it('keeps names within 64 characters and unique, however long the role names', () => {
    const long = 'x'.repeat(70);
    const arns = ['a', 'b', 'c'].map((path) => `arn:aws:iam::111122223333:role/${path}/${long}`);
    const names = [...derivePrincipalNames(arns, options).values()];
    expect(new Set(names).size).toBe(3);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(64);
      expect(name).toMatch(NAME);
    }
  });
});
