import { describe, expect, it } from 'vitest';
import { identifyChange } from '../../../core/plan/identify-change.ts';
import type { Change } from '../../../core/plan/plan-types.ts';
import {
  selectReviewedChanges,
  type ReviewedChanges,
} from '../../../core/plan/select-reviewed-changes.ts';

const at = { account: '111122223333', region: 'us-east-1' };
const description = (key: string, after = 'new'): Change => ({
  ...at,
  key,
  keyId: `id-${key}`,
  address: `key.${key}`,
  action: 'update-description',
  before: 'old',
  after,
  risk: 'safe',
});
const disable = (key: string): Change => ({
  ...at,
  key,
  keyId: `id-${key}`,
  address: `key.${key}`,
  action: 'disable',
  before: 'Enabled',
  after: 'Disabled',
  risk: 'disruptive',
});
const enable = (key: string): Change => ({
  ...at,
  key,
  keyId: `id-${key}`,
  address: `key.${key}`,
  action: 'enable',
  before: 'Disabled',
  after: 'Enabled',
  risk: 'safe',
});
const alias = (key: string): Change => ({
  ...at,
  key,
  address: `alias.alias/${key}`,
  action: 'create-alias',
  alias: `alias/${key}`,
  before: null,
  after: key,
  risk: 'safe',
});

/** EBS granted the key to an instance: a grant to a grantee AWS operates, kept by no entry. */
const ebsRevoke = (key: string): Change => ({
  ...at,
  key,
  keyId: `id-${key}`,
  address: `grant.${key}.ebs`,
  action: 'revoke-grant',
  grantId: `g-${key}`,
  before: {
    name: 'ebs',
    granteePrincipal: `arn:aws:sts::${at.account}:assumed-role/aws:ec2-infrastructure/i-1`,
    operations: ['Decrypt'],
  },
  after: null,
  risk: 'destructive',
  awsGrantee: true,
});

/** A reviewed plan that held exactly `changes`. */
const reviewedOf = (changes: Change[], dropped = 0): ReviewedChanges => {
  const ids = new Set(changes.map(identifyChange));
  return {
    source: 'pull request #7',
    dropped,
    includes: (change) => ids.has(identifyChange(change)),
  };
};
const view = (selection: ReturnType<typeof selectReviewedChanges>) => ({
  reviewed: selection.reviewed.map((change) => `${change.address} ${change.action}`),
  repairs: selection.repairs.map((change) => `${change.address} ${change.action}`),
  heldBack: selection.heldBack.map(({ change }) => `${change.address} ${change.action}`),
});

describe('selectReviewedChanges', () => {
  it('makes every change of the reviewed plan', () => {
    const changes = [description('a'), alias('a'), disable('b')];
    expect(
      view(
        selectReviewedChanges(changes, {
          reviewed: reviewedOf(changes),
          repairs: [],
          noReview: '',
        }),
      ),
    ).toEqual({
      reviewed: ['key.a update-description', 'alias.alias/a create-alias', 'key.b disable'],
      repairs: [],
      heldBack: [],
    });
  });

  it('holds back a change that is not in the reviewed plan, and says why', () => {
    const selection = selectReviewedChanges([description('a'), description('b', 'sneaked in')], {
      reviewed: reviewedOf([description('a'), description('b')]),
      repairs: [],
      noReview: '',
    });
    expect(view(selection).reviewed).toEqual(['key.a update-description']);
    expect(selection.heldBack).toEqual([
      {
        change: description('b', 'sneaked in'),
        reason: 'not in the plan reviewed on pull request #7',
      },
    ]);
  });

  it('holds back the other changes of a key with an unreviewed change: they were reviewed together', () => {
    const selection = selectReviewedChanges(
      [description('a', 'changed'), alias('a'), description('b')],
      {
        reviewed: reviewedOf([description('a'), alias('a'), description('b')]),
        repairs: [],
        noReview: '',
      },
    );
    expect(view(selection)).toEqual({
      reviewed: ['key.b update-description'],
      repairs: [],
      heldBack: ['key.a update-description', 'alias.alias/a create-alias'],
    });
    expect(selection.heldBack[1]?.reason).toMatch(/another change of key a was not/);
  });

  it('holds back reviewed disruptive and destructive changes of other keys while anything is held back', () => {
    const selection = selectReviewedChanges([alias('new'), disable('old'), description('c')], {
      reviewed: reviewedOf([disable('old'), description('c')]),
      repairs: [],
      noReview: '',
    });
    expect(view(selection)).toEqual({
      reviewed: ['key.c update-description'],
      repairs: [],
      heldBack: ['alias.alias/new create-alias', 'key.old disable'],
    });
    expect(selection.heldBack[1]?.reason).toMatch(
      /disruptive while a change of the plan was not reviewed/,
    );
  });

  it('holds back reviewed disruptive changes while a reviewed change is no longer planned (dropped by a later commit)', () => {
    const selection = selectReviewedChanges([disable('old'), description('c')], {
      reviewed: reviewedOf([disable('old'), description('c'), alias('new')], 1),
      repairs: [],
      noReview: '',
    });
    expect(view(selection)).toEqual({
      reviewed: ['key.c update-description'],
      repairs: [],
      heldBack: ['key.old disable'],
    });
    expect(selection.heldBack[0]?.reason).toMatch(
      /disruptive while 1 reviewed change is no longer planned \(the manifest changed since the review\)/,
    );
  });

  it('with no reviewed plan, makes only the drift repairs, listed as such', () => {
    const changes = [enable('a'), description('a'), description('b')];
    const selection = selectReviewedChanges(changes, {
      reviewed: undefined,
      repairs: [changes[0] as Change],
      noReview: 'no merged pull request brought this commit (a direct push)',
    });
    expect(view(selection)).toEqual({
      reviewed: [],
      repairs: ['key.a enable'],
      heldBack: ['key.a update-description', 'key.b update-description'],
    });
    expect(selection.heldBack[0]?.reason).toBe(
      'not reviewed: no merged pull request brought this commit (a direct push)',
    );
  });

  it('makes a drift repair even when the reviewed plan did not show it', () => {
    const repair = enable('a');
    const selection = selectReviewedChanges([repair, description('b')], {
      reviewed: reviewedOf([description('b')]),
      repairs: [repair],
      noReview: '',
    });
    expect(view(selection)).toEqual({
      reviewed: ['key.b update-description'],
      repairs: ['key.a enable'],
      heldBack: [],
    });
  });

  it('withholds a revoke of a grant AWS operates, reviewed or not, and holds nothing back for it', () => {
    const selection = selectReviewedChanges([disable('old'), ebsRevoke('old'), ebsRevoke('c')], {
      reviewed: reviewedOf([disable('old'), ebsRevoke('c')]),
      repairs: [],
      noReview: '',
    });
    expect(view(selection)).toEqual({ reviewed: ['key.old disable'], repairs: [], heldBack: [] });
    expect(selection.withheld.map(({ change }) => change.address)).toEqual([
      'grant.old.ebs',
      'grant.c.ebs',
    ]);
    expect(selection.withheld[0]?.reason).toMatch(
      /^grant g-old is to .*, which AWS operates: .*--revoke-grant g-old\); to keep it, add it to the key's keep_grants$/,
    );
  });

  it('withholds a revoke of a grant AWS operates even with no reviewed plan, or given as a repair', () => {
    const revoke = ebsRevoke('a');
    const selection = selectReviewedChanges([revoke, description('b')], {
      reviewed: undefined,
      repairs: [revoke],
      noReview: 'a direct push',
    });
    expect(view(selection)).toEqual({
      reviewed: [],
      repairs: [],
      heldBack: ['key.b update-description'],
    });
    expect(selection.withheld.map(({ change }) => change)).toEqual([revoke]);
  });

  it('withholds nothing else: an undeclared grant to a principal of yours stays a change to review', () => {
    const own: Change = {
      ...at,
      key: 'a',
      keyId: 'id-a',
      address: 'grant.a.app',
      action: 'revoke-grant',
      grantId: 'g-app',
      before: {
        name: 'app',
        granteePrincipal: `arn:aws:iam::${at.account}:role/app`,
        operations: ['Decrypt'],
      },
      after: null,
      risk: 'destructive',
    };
    const selection = selectReviewedChanges([own, disable('b')], {
      reviewed: reviewedOf([disable('b')]),
      repairs: [],
      noReview: '',
    });
    expect(selection.withheld).toEqual([]);
    expect(view(selection).heldBack).toEqual(['grant.a.app revoke-grant', 'key.b disable']);
  });
});
