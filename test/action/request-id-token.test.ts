import { describe, expect, it } from 'vitest';
import { requestIdToken } from '../../action/request-id-token.ts';

const ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/?x=1',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't',
};

describe('requestIdToken', () => {
  it('asks the runner for a token for the audience', async () => {
    const audiences: string[] = [];
    const token = await requestIdToken('sts.amazonaws.com', ENV, (audience) => {
      audiences.push(audience);
      return Promise.resolve('jwt');
    });
    expect(token).toBe('jwt');
    expect(audiences).toEqual(['sts.amazonaws.com']);
  });

  it('says which permission is missing when the job cannot request a token', async () => {
    await expect(
      requestIdToken('sts.amazonaws.com', {}, () => Promise.resolve('never asked')),
    ).rejects.toThrow("add 'permissions: id-token: write' to the job");
  });

  it('names the audience when the token service refuses', async () => {
    await expect(
      requestIdToken('sts.example', ENV, () => Promise.reject(new Error('HTTP 403'))),
    ).rejects.toThrow("requesting a GitHub OIDC token for audience 'sts.example' failed: HTTP 403");
  });
});
