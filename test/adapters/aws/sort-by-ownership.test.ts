import { describe, expect, it } from 'vitest';
import type { DesiredKey } from '../../../core/manifest/desired-state.ts';
import { sortByOwnership } from '../../../adapters/aws/sort-by-ownership.ts';

const OWNER = { owner: 'acme/keys/infra/kms.yaml', repository: 'acme/keys' };
const ACCOUNT = '111122223333';
const REGION = 'us-east-1';

const declared = (name: string, extra: Partial<DesiredKey> = {}) =>
  ({ name, aliases: [], ...extra }) as DesiredKey;

const scope = {
  account: ACCOUNT,
  region: REGION,
  keys: [declared('app'), declared('payments', { movedFrom: 'billing', aliases: ['alias/pay'] })],
};

let counter = 0;
const discovered = (manifest: string | undefined, key?: string) => {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id,
    arn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${id}`,
    tags: {
      ...(manifest === undefined ? {} : { 'kms-action:manifest': manifest }),
      ...(key === undefined ? {} : { 'kms-action:key': key }),
    },
  };
};

describe('sortByOwnership', () => {
  it("keeps this manifest's keys and claims another manifest's key only by a legacy path or an alias", () => {
    const own = discovered(OWNER.owner, 'app');
    const sameNameElsewhere = discovered('acme/keys/team-b/kms.yaml', 'app');
    const otherRepository = discovered('acme/other/kms.yaml', 'app');
    const legacy = discovered('acme/keys/kms.yaml', 'billing');
    const aliased = discovered('acme/other/kms.yaml', 'x');
    const unowned = discovered(undefined);

    const sorted = sortByOwnership(
      OWNER,
      scope,
      [own, sameNameElsewhere, otherRepository, legacy, aliased, unowned],
      [{ name: 'alias/pay', arn: 'arn:alias', targetKeyId: aliased.id }],
    );

    expect(sorted.ownedKeys).toEqual([own]);
    expect(sorted.foreign.map((claim) => [claim.name, claim.reason, claim.arn])).toEqual([
      ['payments', 'legacy-path', legacy.arn],
      ['payments', 'alias', aliased.arn],
    ]);
    expect([...sorted.foreignById.keys()]).toEqual([
      sameNameElsewhere.id,
      otherRepository.id,
      legacy.id,
      aliased.id,
    ]);
  });
});
