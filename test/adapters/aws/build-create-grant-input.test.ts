import { describe, expect, it } from 'vitest';
import { buildCreateGrantInput } from '../../../adapters/aws/build-create-grant-input.ts';

describe('buildCreateGrantInput', () => {
  it('sends a service principal grantee as GranteeServicePrincipal with its SourceArn constraint', () => {
    expect(
      buildCreateGrantInput('key-id', {
        name: 'logs-grant',
        granteePrincipal: 'logs.us-east-1.amazonaws.com',
        retiringPrincipal: 'logs.us-east-1.amazonaws.com',
        operations: ['Decrypt'],
        sourceArn: 'arn:aws:logs:us-east-1:111122223333:log-group:app',
      }),
    ).toEqual({
      KeyId: 'key-id',
      Name: 'logs-grant',
      GranteeServicePrincipal: 'logs.us-east-1.amazonaws.com',
      RetiringServicePrincipal: 'logs.us-east-1.amazonaws.com',
      Operations: ['Decrypt'],
      Constraints: { SourceArn: 'arn:aws:logs:us-east-1:111122223333:log-group:app' },
    });
  });

  it('sends IAM principals as GranteePrincipal and RetiringPrincipal, constraints only when set', () => {
    expect(
      buildCreateGrantInput('key-id', {
        name: 'app',
        granteePrincipal: 'arn:aws:iam::111122223333:role/app',
        retiringPrincipal: 'arn:aws:iam::111122223333:role/ops',
        operations: ['Decrypt', 'Encrypt'],
      }),
    ).toEqual({
      KeyId: 'key-id',
      Name: 'app',
      GranteePrincipal: 'arn:aws:iam::111122223333:role/app',
      RetiringPrincipal: 'arn:aws:iam::111122223333:role/ops',
      Operations: ['Decrypt', 'Encrypt'],
    });
  });
});
