import { describe, expect, it } from 'vitest';
import { expandActionPattern } from '../../../core/policy/expand-action-pattern.ts';
import { KMS_ACTIONS } from '../../../core/policy/kms-actions.ts';
import type { WildcardWork } from '../../../core/policy/match-wildcard.ts';

describe('expandActionPattern', () => {
  it.each([
    ['kms:ReEncrypt*', ['kms:ReEncryptFrom', 'kms:ReEncryptTo']],
    ['KMS:reencrypt*', ['kms:ReEncryptFrom', 'kms:ReEncryptTo']],
    ['kms:Describe*', ['kms:DescribeCustomKeyStores', 'kms:DescribeKey']],
    ['kms:ReEncrypt?o', ['kms:ReEncryptTo']],
    ['kms:decrypt', ['kms:Decrypt']],
  ])('%s matches %j', (pattern, actions) => {
    expect(expandActionPattern(pattern)).toEqual(actions);
  });

  it('expands "*" and "kms:*" to every KMS action', () => {
    expect(expandActionPattern('*')).toEqual([...KMS_ACTIONS].sort());
    expect(expandActionPattern('kms:*')).toEqual([...KMS_ACTIONS].sort());
  });

  it('keeps a pattern that matches no KMS action as written, so it still counts', () => {
    expect(expandActionPattern('kms:Nothing*')).toEqual(['kms:nothing*']);
    expect(expandActionPattern('s3:GetObject')).toEqual(['s3:getobject']);
  });

  it('bounds the work of a hostile pattern (30,000 characters) by the action list, not the pattern', () => {
    const longest = Math.max(...KMS_ACTIONS.map((action) => action.length));
    const bound = KMS_ACTIONS.length * (2 * longest + 2) * (longest + 1);
    for (const pattern of [
      `kms:${'*?'.repeat(15_000)}`,
      `kms:${'*'.repeat(30_000)}Decrypt`,
      `kms:${'*a'.repeat(15_000)}`,
      `*${'?'.repeat(30_000)}`,
    ]) {
      const work: WildcardWork = { steps: 0 };
      expandActionPattern(pattern, work);
      expect(work.steps, pattern.slice(0, 12)).toBeLessThanOrEqual(bound);
    }
  });

  it('still matches after collapsing a run of stars', () => {
    expect(expandActionPattern(`kms:${'*'.repeat(30_000)}Decrypt`)).toEqual(['kms:Decrypt']);
  });
});
