import { describe, expect, it } from 'vitest';
import type { AccessEntry } from '../../../core/policy/build-access-matrix.ts';
import {
  ACCESS_TABLE_WIDTH,
  displayWidth,
  renderAccessTable,
} from '../../../core/render/render-access-table.ts';
import { accessMatrixActionsFor } from '../../../core/policy/key-usage-actions.ts';

function entries(principals: readonly string[], actions: readonly string[]): AccessEntry[] {
  return principals.flatMap((principal, row) =>
    actions.map((action, column): AccessEntry => {
      const kind = (row + column) % 4;
      return {
        principal,
        action,
        allowed: kind === 0 ? 'yes' : kind === 1 ? 'no' : 'conditional',
        requires:
          kind < 2 ? [] : ['mfa', 'encryption_context', 'via_service', 'grant_for_aws_resource'],
        delegated_to_iam: kind === 3,
      };
    }),
  );
}

const LONG = [
  `arn:aws:iam::111122223333:role/${'very-long-role-name-'.repeat(20)}end`,
  `arn:aws:iam::999988887777:role/service-role/${'x'.repeat(150)}`,
  `arn:aws:iam::111122223333:role/${'宽'.repeat(60)}`,
  'arn:aws:iam::111122223333:role/short',
];

function widest(text: string): number {
  return Math.max(...text.split('\n').map(displayWidth));
}

describe('renderAccessTable', () => {
  it(`keeps every line within ${String(ACCESS_TABLE_WIDTH)} columns with long principal names, and lists them in full`, () => {
    const actions = accessMatrixActionsFor('SYMMETRIC_DEFAULT', 'ENCRYPT_DECRYPT');
    const text = renderAccessTable([
      {
        key: 'k'.repeat(150),
        account: '111122223333',
        region: 'eu-west-1',
        entries: entries(LONG, actions),
      },
    ]);
    expect(widest(text)).toBeLessThanOrEqual(ACCESS_TABLE_WIDTH);
    // The cut names carry a number, and the numbered list under the table holds them whole.
    const joined = text.replace(/\n {4}/g, '');
    expect(joined).toContain(`[1] role/${'very-long-role-name-'.repeat(20)}end`);
    expect(joined).toContain(`[2] 999988887777:role/service-role/${'x'.repeat(150)}`);
    expect(joined).toContain(`[3] role/${'宽'.repeat(60)}`);
    expect(text).toMatch(/^role\/very-lo…ole-name-end \[1\] ✓ /m);
    expect(text).toMatch(/^role\/short /m);
  });

  it('writes cells compactly and explains them in the legend', () => {
    const text = renderAccessTable([
      {
        key: 'k',
        account: '111122223333',
        region: 'eu-west-1',
        entries: entries(
          ['arn:aws:iam::111122223333:root'],
          ['kms:Decrypt', 'kms:Encrypt', 'kms:DescribeKey', 'kms:DisableKey'],
        ),
      },
    ]);
    expect(text).toMatch(/^root +✓ {3}✗ {3}\?MCSR \?MCSRi$/m);
    expect(text).toContain('M = MFA');
    expect(text).toContain('Desc = kms:DescribeKey');
  });

  it('shows control characters of a hostile key name instead of sending them to the terminal', () => {
    const text = renderAccessTable([
      { key: 'k\u001b[2Jx', account: '111122223333', region: 'eu-west-1', entries: [] },
    ]);
    expect(text).not.toContain('\u001b');
  });
});
