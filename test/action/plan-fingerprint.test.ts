import { describe, expect, it } from 'vitest';
import {
  computeFingerprint,
  digestChanges,
  MAX_LISTED_CHANGES,
  parseFingerprint,
  renderFingerprint,
  reviewedChangesOf,
  shortChangeId,
} from '../../action/plan-fingerprint.ts';
import { digestLiveState } from '../../core/plan/digest-live-state.ts';
import { identifyChange } from '../../core/plan/identify-change.ts';
import type { Change } from '../../core/plan/plan-types.ts';
import { CHANGES, emptyLive, planOf } from './action-fixtures.ts';

const manyChanges = (count: number): Change[] =>
  Array.from({ length: count }, (_, index) => ({
    ...CHANGES.scheduleDeletion,
    address: `key.k${String(index)}`,
    key: `k${String(index)}`,
  }));
const fingerprintOf = (changes: Change[]) =>
  computeFingerprint({
    base: 'b'.repeat(40),
    manifestSha256: 'f'.repeat(64),
    live: emptyLive(),
    plan: planOf(changes),
  });

describe('plan fingerprint', () => {
  const fingerprint = fingerprintOf([CHANGES.description, CHANGES.scheduleDeletion]);

  it('records the base, the manifest, the live state digest and the identity of every change', () => {
    expect(fingerprint).toEqual({
      version: 3,
      base: 'b'.repeat(40),
      manifest: 'f'.repeat(64),
      live: digestLiveState(emptyLive()),
      changes: digestChanges([CHANGES.scheduleDeletion, CHANGES.description]),
      changeCount: 2,
      destructiveCount: 1,
      ids: [CHANGES.description, CHANGES.scheduleDeletion]
        .map((change) => shortChangeId(identifyChange(change)))
        .sort(),
    });
    expect(fingerprint.ids?.every((id) => id.length === 22)).toBe(true);
  });

  it('survives the round trip through the second line of a comment body, hidden from readers', () => {
    const rendered = renderFingerprint(fingerprint);
    const body = `<!-- kms-action:kms.yaml -->\n${rendered.hidden}\n### plan\n\ntext\n${rendered.visible}`;
    expect(parseFingerprint(body)).toEqual(fingerprint);
    expect(rendered.visible).toContain('<sub>Plan fingerprint: base `bbbbbbbbbbbb`');
    expect(rendered.visible).toContain('2 changes');
  });

  it('is read only from the second line: one quoted elsewhere in the body counts for nothing', () => {
    const { hidden } = renderFingerprint(fingerprint);
    expect(parseFingerprint(`<!-- kms-action:kms.yaml -->\n### plan\n${hidden}`)).toBeUndefined();
  });

  it('tells reviewed changes by what they do, not by their rendering', () => {
    const reviewed = reviewedChangesOf(fingerprint, [], 'pull request #7', 'f'.repeat(64));
    expect(reviewed.includes({ ...CHANGES.scheduleDeletion, note: 'reworded' })).toBe(true);
    expect(reviewed.includes({ ...CHANGES.scheduleDeletion, windowInDays: 7 })).toBe(false);
    expect(reviewed.includes({ ...CHANGES.description, before: 'edited out of band' })).toBe(false);
    expect(reviewed.includes({ ...CHANGES.description, keyId: 'k-2' })).toBe(false);
    expect(reviewed.includes(CHANGES.enable)).toBe(false);
  });

  it('counts reviewed changes no longer planned as dropped only when the manifest is not the reviewed one', () => {
    const stale = reviewedChangesOf(fingerprint, [CHANGES.scheduleDeletion], 'r', 'e'.repeat(64));
    expect(stale.dropped).toBe(1);
    const rerun = reviewedChangesOf(fingerprint, [CHANGES.scheduleDeletion], 'r', 'f'.repeat(64));
    expect(rerun.dropped).toBe(0);
  });

  it('digests the live state by meaning, not by the order of object keys', () => {
    const a = {
      ...emptyLive(),
      regions: [{ account: '1', region: 'r', discovery: 'tagging-api' as const, aliases: [] }],
    };
    const b = {
      regions: [{ aliases: [], region: 'r', discovery: 'tagging-api' as const, account: '1' }],
      foreign: [],
      adopted: [],
      owned: [],
      owner: a.owner,
    };
    expect(digestLiveState(a)).toBe(digestLiveState(b));
    expect(digestLiveState(a)).not.toBe(digestLiveState(emptyLive()));
  });

  const line = (json: string) =>
    `<!-- kms-action:kms.yaml -->\n<!-- kms-action-fingerprint ${json} -->`;
  const valid = JSON.stringify(fingerprint);
  it.each([
    ['no fingerprint', 'just a comment'],
    ['broken JSON', line('{"version":3,')],
    [
      'version 2, which listed no changes',
      line(
        `{"version":2,"base":"","manifest":"${'f'.repeat(64)}","live":"${'a'.repeat(64)}","destructive":"${'c'.repeat(64)}","destructiveCount":0}`,
      ),
    ],
    ['a short digest', line(valid.replace(/"changes":"[0-9a-f]+"/, '"changes":"abc"'))],
    ['a negative count', line(valid.replace('"destructiveCount":1', '"destructiveCount":-1'))],
    [
      'more destructive changes than changes',
      line(valid.replace('"destructiveCount":1', '"destructiveCount":3')),
    ],
    ['no identities for a short plan', line(valid.replace(/,"ids":\[[^\]]*\]/, ''))],
    ['fewer identities than changes', line(valid.replace('"changeCount":2', '"changeCount":3'))],
    ['an identity of another length', line(valid.replace(/"ids":\["/, '"ids":["x'))],
    ['an unknown field', line(valid.replace('{', '{"all":true,'))],
    ['an array', line('[]')],
  ])('reads nothing from %s', (_name, body) => {
    expect(parseFingerprint(body)).toBeUndefined();
  });

  it('stays bounded: one identity per change up to the limit, then only the digest of the set', () => {
    const listed = fingerprintOf(manyChanges(MAX_LISTED_CHANGES));
    const hidden = renderFingerprint(listed).hidden;
    expect(listed.ids).toHaveLength(MAX_LISTED_CHANGES);
    expect(hidden.length).toBeLessThan(26_000);
    expect(parseFingerprint(`m\n${hidden}`)).toEqual(listed);

    const big = fingerprintOf(manyChanges(20_000));
    expect(big.ids).toBeUndefined();
    expect(renderFingerprint(big).hidden.length).toBeLessThan(400);
    expect(parseFingerprint(`m\n${renderFingerprint(big).hidden}`)).toEqual(big);
  });

  it('past the limit, counts the changes as reviewed only when the whole set is the reviewed one', () => {
    const changes = manyChanges(MAX_LISTED_CHANGES + 1);
    const big = fingerprintOf(changes);
    expect(
      reviewedChangesOf(big, [...changes].reverse(), 'r', 'f'.repeat(64)).includes(CHANGES.enable),
    ).toBe(true);
    const other = [...changes.slice(1), CHANGES.enable];
    expect(reviewedChangesOf(big, other, 'r', 'f'.repeat(64)).includes(CHANGES.enable)).toBe(false);
    expect(reviewedChangesOf(big, other, 'r', 'f'.repeat(64)).includes(changes[1] as Change)).toBe(
      false,
    );
  });

  // AWS services create and retire grants at any time (EBS, for each instance started): the
  // Action never revokes one, so they are no part of what a review approved.
  it('leaves revokes of grants AWS operates out: one appeared or gone since the review changes nothing', () => {
    const reviewed = fingerprintOf([CHANGES.description, CHANGES.awsGrantRevoke]);
    expect(reviewed).toEqual(fingerprintOf([CHANGES.description]));
    expect(reviewed.changeCount).toBe(1);
    const now = reviewedChangesOf(reviewed, [CHANGES.description], 'r', 'e'.repeat(64));
    expect(now.dropped).toBe(0);
    expect(now.includes(CHANGES.description)).toBe(true);

    const changes = manyChanges(MAX_LISTED_CHANGES + 1);
    const big = fingerprintOf(changes);
    const withGrant = reviewedChangesOf(
      big,
      [...changes, CHANGES.awsGrantRevoke],
      'r',
      'f'.repeat(64),
    );
    expect(withGrant.includes(changes[0] as Change)).toBe(true);
  });

  it('never counts a revoke of a grant AWS operates as reviewed', () => {
    const listed = fingerprintOf([CHANGES.description]);
    const withId = {
      ...listed,
      ids: [...(listed.ids ?? []), shortChangeId(identifyChange(CHANGES.awsGrantRevoke))],
    };
    expect(
      reviewedChangesOf(withId, [CHANGES.awsGrantRevoke], 'r', 'f'.repeat(64)).includes(
        CHANGES.awsGrantRevoke,
      ),
    ).toBe(false);
    const big = fingerprintOf(manyChanges(MAX_LISTED_CHANGES + 1));
    expect(
      reviewedChangesOf(big, manyChanges(MAX_LISTED_CHANGES + 1), 'r', 'f'.repeat(64)).includes(
        CHANGES.awsGrantRevoke,
      ),
    ).toBe(false);
  });
});
