/**
 * An adopted key is read by its key id in the account and Region of its ARN, so two `adopt:`
 * strings that differ only in the partition name one live key: compile compared the strings,
 * let both through, and the plan managed one key under two entries. A key's partition is
 * fixed by its Region ("Every Region is in exactly one partition", AWS fault isolation
 * boundaries, Partitions): an ARN whose partition is not its Region's names no key, and is
 * refused; a key adopted twice is found by account, Region and key id.
 */
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const ACCOUNT = '111122223333';
const ID = '1234abcd-12ab-34cd-56ef-1234567890ab';

function problemsOf(keys: string): string[] {
  const result = readManifest('kms.yaml', `version: 1\nkeys:\n${keys}`, {
    repository: 'acme/keys',
    manifestPath: 'kms.yaml',
  });
  return result.ok ? [] : result.problems.map((problem) => `${problem.line}: ${problem.message}`);
}

describe('adopt: the ARN names one key', () => {
  it("refuses a partition that is not the Region's", () => {
    expect(
      problemsOf(`  legacy:
    adopt: arn:aws-us-gov:kms:us-east-1:${ACCOUNT}:key/${ID}
`),
    ).toEqual([
      '4: `adopt` names partition `aws-us-gov`, but Region us-east-1 is in partition `aws`: no key has this ARN',
    ]);
    expect(
      problemsOf(`  legacy:
    adopt: arn:aws:kms:cn-north-1:${ACCOUNT}:key/${ID}
`),
    ).toHaveLength(1);
  });

  it('accepts each partition with its own Regions', () => {
    for (const arn of [
      `arn:aws:kms:us-east-1:${ACCOUNT}:key/${ID}`,
      `arn:aws-cn:kms:cn-north-1:${ACCOUNT}:key/${ID}`,
      `arn:aws-us-gov:kms:us-gov-west-1:${ACCOUNT}:key/${ID}`,
    ]) {
      expect(problemsOf(`  legacy:\n    adopt: ${arn}\n`)).toEqual([]);
    }
  });

  it('refuses one key adopted twice under two spellings of its ARN', () => {
    const problems = problemsOf(`  prod-data:
    adopt: arn:aws:kms:us-east-1:${ACCOUNT}:key/${ID}
  legacy:
    adopt: arn:aws-us-gov:kms:us-east-1:${ACCOUNT}:key/${ID}
    state: pending_deletion
`);
    expect(problems).toContain('6: key `legacy` adopts the same key as `prod-data`');
  });
});
