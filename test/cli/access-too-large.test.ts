import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PolicyStatement } from '../../core/policy/types.ts';
import { runCliCaptured } from './run-cli-helper.ts';

const ACCOUNT = '111122223333';

/** Under 32 KB, past MAX_ACCESS_MATRIX_WORK: 60 conditioned wildcard statements x 1,000 accounts. */
function hostileDocument(): string {
  const conditioned = Array.from({ length: 60 }, (_, index): PolicyStatement => ({
    Effect: 'Allow',
    Principal: '*',
    Action: 'kms:*',
    Resource: '*',
    Condition: {
      Bool: { 'aws:MultiFactorAuthPresent': 'true' },
      StringEquals: {
        'kms:EncryptionContext:a': String(index),
        'kms:ViaService': 's3.us-east-1.amazonaws.com',
      },
    },
  }));
  const accounts = Array.from({ length: 1000 }, (_, index) => String(200000000000 + index));
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      },
      ...conditioned,
      { Effect: 'Allow', Principal: { AWS: accounts }, Action: 'kms:Decrypt', Resource: '*' },
    ],
  });
}

describe('kms-action access on a policy too large for the access matrix', () => {
  it('says so and exits as for invalid input, not as an internal error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kms-access-large-'));
    try {
      await writeFile(
        join(dir, 'kms.yaml'),
        `version: 1\ndefaults: { account: "${ACCOUNT}", region: us-east-1 }\nkeys:\n  big:\n    policy:\n      document: ${hostileDocument()}\n`,
      );
      const run = await runCliCaptured(['access'], { cwd: dir });
      expect(run.stderr).toMatch(/the access matrix is too large to compute: 1002 principals x/);
      expect(run.stderr).not.toMatch(/internal error/);
      expect(run.code).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
