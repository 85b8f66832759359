import { describe, expect, it } from 'vitest';
import type { Plan, PlanNotice } from '../../../core/plan/plan-types.ts';
import { describeNoChanges } from '../../../core/render/describe-no-changes.ts';

const notice = (key: string): PlanNotice => ({
  code: 'pending-import',
  key,
  address: `key.${key}`,
  arn: `arn:aws:kms:us-east-1:111122223333:key/${key}`,
  message: 'waits',
  help: 'import it',
});

const plan = (fields: Partial<Plan>): Plan => ({ ...({} as Plan), ...fields });

describe('describeNoChanges', () => {
  it.each([
    [plan({}), 'No changes.', 'The live keys match kms.yaml.'],
    [
      plan({ partial: { targets: ['a'], deferred: [] } }),
      'No changes.',
      'The targeted keys match kms.yaml.',
    ],
    [
      plan({ notices: [notice('a')] }),
      'No changes to apply.',
      'The live keys match kms.yaml, but 1 key waits for its key material (see above) and is not usable yet.',
    ],
    [
      plan({ notices: [notice('a'), notice('b')] }),
      'No changes to apply.',
      'The live keys match kms.yaml, but 2 keys wait for their key material (see above) and are not usable yet.',
    ],
  ])('%#', (input, headline, detail) => {
    expect(describeNoChanges(input, 'kms.yaml')).toEqual({ headline, detail });
  });
});
