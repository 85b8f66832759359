import { describe, expect, it } from 'vitest';
import { isLegacyOwnerTag } from '../../../core/plan/is-legacy-owner-tag.ts';

const OWNER = 'acme/keys/infra/kms.yaml';

describe('isLegacyOwnerTag', () => {
  it.each([
    ['run from infra/', 'acme/keys/kms.yaml', true],
    ['run from infra/sub/', 'acme/keys/../kms.yaml', true],
    ['run from tools/', 'acme/keys/../infra/kms.yaml', true],
    ['run from above the checkout', 'acme/keys/checkout/infra/kms.yaml', true],
    ['run from outside the checkout', 'acme/keys/../../home/me/keys/infra/kms.yaml', true],
    ['this manifest itself', OWNER, false],
    ['another manifest of the repository', 'acme/keys/team-b/kms.yaml', false],
    ['another file name', 'acme/keys/infra/other.yaml', false],
    ['another repository', 'acme/other/infra/kms.yaml', false],
    ['a local run of another repository', 'local/infra/kms.yaml', false],
    ['only parent segments', 'acme/keys/../..', false],
    ['a value past the AWS tag limit', `acme/keys/${'a/'.repeat(200)}infra/kms.yaml`, false],
  ])('%s: %s -> %s', (_, tag, legacy) => {
    expect(isLegacyOwnerTag(OWNER, 'acme/keys', tag)).toBe(legacy);
  });
});
