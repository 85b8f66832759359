import { describe, expect, it } from 'vitest';
import {
  computeFingerprint,
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

  it('records the base, the manifest, the live state digest and the destructive changes', () => {
    expect(fingerprint).toEqual({
      version: 1,
      base: 'b'.repeat(40),
      manifest: 'f'.repeat(64),
      live: digestLiveState(emptyLive()),
      destructive: ['key.prod-s3 schedule-deletion'],
    });
  });

  it('survives the round trip through a comment body, hidden from readers', () => {
    const body = `### plan\n\ntext\n${renderFingerprint(fingerprint)}\n<!-- kms-action:kms.yaml -->`;
    expect(parseFingerprint(body)).toEqual(fingerprint);
    expect(body).toContain('<sub>Plan fingerprint: base `bbbbbbbbbbbb`');
  });

  it('cannot be closed early by a name holding "-->"', () => {
    const tricky = { ...fingerprint, destructive: ['alias.alias/x--> <b>hi</b> delete-alias'] };
    const rendered = renderFingerprint(tricky);
    const hidden = rendered.split('\n')[1] ?? '';
    expect(hidden.indexOf('-->')).toBe(hidden.length - 3);
    expect(parseFingerprint(rendered)).toEqual(tricky);
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

  it.each([
    ['no fingerprint', 'just a comment'],
    ['broken JSON', '<!-- kms-action-fingerprint {"version":1, -->'],
    [
      'another version',
      '<!-- kms-action-fingerprint {"version":2,"base":"","manifest":"","live":"","destructive":[]} -->',
    ],
    [
      'wrong types',
      '<!-- kms-action-fingerprint {"version":1,"base":"","manifest":"","live":"","destructive":[1]} -->',
    ],
  ])('reads nothing from %s', (_name, body) => {
    expect(parseFingerprint(body)).toBeUndefined();
  });
});
