import { describe, expect, it } from 'vitest';
import {
  computeFingerprint,
  digestDestructiveChanges,
  digestLiveState,
  parseFingerprint,
  renderFingerprint,
} from '../../action/plan-fingerprint.ts';
import { CHANGES, emptyLive, planOf } from './action-fixtures.ts';

describe('plan fingerprint', () => {
  const fingerprint = computeFingerprint({
    base: 'b'.repeat(40),
    manifestSha256: 'f'.repeat(64),
    live: emptyLive(),
    plan: planOf([CHANGES.description, CHANGES.scheduleDeletion]),
  });

  it('records the base, the manifest, the live state digest and the destructive changes digest', () => {
    expect(fingerprint).toEqual({
      version: 2,
      base: 'b'.repeat(40),
      manifest: 'f'.repeat(64),
      live: digestLiveState(emptyLive()),
      destructive: digestDestructiveChanges([CHANGES.scheduleDeletion]),
      destructiveCount: 1,
    });
  });

  it('survives the round trip through the second line of a comment body, hidden from readers', () => {
    const rendered = renderFingerprint(fingerprint);
    const body = `<!-- kms-action:kms.yaml -->\n${rendered.hidden}\n### plan\n\ntext\n${rendered.visible}`;
    expect(parseFingerprint(body)).toEqual(fingerprint);
    expect(rendered.visible).toContain('<sub>Plan fingerprint: base `bbbbbbbbbbbb`');
  });

  it('is read only from the second line: one quoted elsewhere in the body counts for nothing', () => {
    const { hidden } = renderFingerprint(fingerprint);
    expect(parseFingerprint(`<!-- kms-action:kms.yaml -->\n### plan\n${hidden}`)).toBeUndefined();
  });

  it('digests the destructive changes by what they do, whatever their order and rendering', () => {
    const other = { ...CHANGES.scheduleDeletion, address: 'key.other', key: 'other' };
    expect(digestDestructiveChanges([CHANGES.scheduleDeletion, other])).toBe(
      digestDestructiveChanges([
        CHANGES.description,
        other,
        { ...CHANGES.scheduleDeletion, note: 'reworded' },
      ]),
    );
    expect(digestDestructiveChanges([CHANGES.scheduleDeletion])).not.toBe(
      digestDestructiveChanges([CHANGES.scheduleDeletion, other]),
    );
    expect(digestDestructiveChanges([CHANGES.scheduleDeletion])).not.toBe(
      digestDestructiveChanges([{ ...CHANGES.scheduleDeletion, windowInDays: 7 }]),
    );
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
    ['broken JSON', line('{"version":2,')],
    [
      'the unbounded version 1',
      line('{"version":1,"base":"","manifest":"","live":"","destructive":[]}'),
    ],
    [
      'a destructive list instead of a digest',
      line(valid.replace(/"destructive":"[0-9a-f]+"/, '"destructive":[]')),
    ],
    ['a short digest', line(valid.replace(/"destructive":"[0-9a-f]+"/, '"destructive":"abc"'))],
    ['a negative count', line(valid.replace('"destructiveCount":1', '"destructiveCount":-1'))],
    ['no count', line(valid.replace(',"destructiveCount":1', ''))],
  ])('reads nothing from %s', (_name, body) => {
    expect(parseFingerprint(body)).toBeUndefined();
  });

  it('has the same size for 1 and 1,700 destructive changes', () => {
    const many = Array.from({ length: 1700 }, (_, index) => ({
      ...CHANGES.scheduleDeletion,
      address: `key.k${index}`,
      key: `k${index}`,
    }));
    const big = computeFingerprint({
      base: 'b'.repeat(40),
      manifestSha256: 'f'.repeat(64),
      live: emptyLive(),
      plan: planOf(many),
    });
    // Only the count's digits differ: 1,700 has three more than 1.
    expect(renderFingerprint(big).hidden.length).toBe(
      renderFingerprint(fingerprint).hidden.length + 3,
    );
    expect(renderFingerprint(big).hidden.length).toBeLessThan(400);
  });
});
