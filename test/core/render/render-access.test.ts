/**
 * A principal of another account is allowed only with an IAM policy of its own account too
 * (IAM User Guide, "Cross-account policy evaluation logic"; KMS Developer Guide, "Allowing
 * users in other accounts to use a KMS key"): every view says so the same way.
 */
import { describe, expect, it } from 'vitest';
import { buildAccessMatrix } from '../../../core/policy/build-access-matrix.ts';
import { diffAccess } from '../../../core/policy/diff-access.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';
import { describeVerdict } from '../../../core/render/describe-change.ts';
import {
  renderAccessJson,
  renderAccessMarkdown,
  renderAccessText,
  type KeyAccess,
} from '../../../core/render/render-access.ts';

const PARTNER = 'arn:aws:iam::222222222222:role/AppRole';
const policy: KeyPolicyDocument = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::111122223333:root' },
      Action: 'kms:*',
      Resource: '*',
    },
    { Effect: 'Allow', Principal: { AWS: PARTNER }, Action: 'kms:Decrypt', Resource: '*' },
  ],
};
const options = { account: '111122223333', actions: ['kms:Decrypt'] };
const keys: KeyAccess[] = [
  {
    key: 'shared',
    account: '111122223333',
    region: 'us-east-1',
    entries: buildAccessMatrix(policy, options),
  },
];

describe('a principal of another account in the access views', () => {
  it('JSON: conditional, requiring iam_policy_in_account', () => {
    const parsed = JSON.parse(renderAccessJson(keys)) as {
      keys: { entries: { principal: string; allowed: string; requires: string[] }[] }[];
    };
    expect(parsed.keys[0]?.entries.find((entry) => entry.principal === PARTNER)).toMatchObject({
      allowed: 'conditional',
      requires: ['iam_policy_in_account'],
    });
  });

  it('text and Markdown: the cell names the requirement and the legend explains it', () => {
    // Markdown escapes the underscores; the words are the same.
    for (const text of [
      renderAccessText(keys),
      renderAccessMarkdown(keys).replaceAll('\\_', '_'),
    ]) {
      expect(text).toContain('if:iam_policy_in_account');
      expect(text).toContain('iam_policy_in_account = a principal of another account');
    }
  });

  it('access diff: gaining the partner says its own account must allow it too', () => {
    const before: KeyPolicyDocument = { ...policy, Statement: policy.Statement.slice(0, 1) };
    const change = diffAccess(before, policy, options).find((entry) => entry.principal === PARTNER);
    expect(change?.change).toBe('gains');
    expect(
      describeVerdict(change?.after ?? { allowed: 'no', requires: [], delegated_to_iam: false }),
    ).toBe('only with an IAM policy in its own account');
  });
});

describe('renderAccessText (access --wide) in a terminal', () => {
  it('shows control and bidi characters of manifest names as [U+XXXX], never raw', () => {
    // A key name or principal from a pull request could carry ANSI escapes (ESC [) or a bidi
    // override that rewrites what the terminal or CI log shows.
    const hostile = 'arn:aws:iam::111122223333:role/x\u001b[2J\u202Eevil';
    const text = renderAccessText([
      {
        key: 'k\u001b]0;title\u0007',
        account: '111122223333',
        region: 'us-east-1',
        entries: buildAccessMatrix(
          {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: hostile },
                Action: 'kms:Decrypt',
                Resource: '*',
              },
            ],
          },
          options,
        ),
      },
    ]);
    const raw = Array.from(text).filter((character) => {
      const code = character.codePointAt(0) ?? 0;
      return (code < 0x20 && character !== '\n') || code === 0x7f || code === 0x202e;
    });
    expect(raw).toEqual([]);
    expect(text).toContain('[U+001B]');
    expect(text).toContain('[U+202E]');
  });
});
