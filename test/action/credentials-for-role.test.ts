import nock from 'nock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { credentialsForRole, stsRegionOf } from '../../action/credentials-for-role.ts';
import { toSessionName } from '../../adapters/aws/assume-role-with-web-identity.ts';
import { PRODUCTION, fakeServices, inputs, pullRequestContext } from './action-fixtures.ts';

const STS = 'https://sts.us-east-1.amazonaws.com';
const STAGING = '444455556666';

function credentialsXml(account: string): string {
  return `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Credentials>
      <AccessKeyId>ASIA${account}</AccessKeyId>
      <SecretAccessKey>secret-${account}</SecretAccessKey>
      <SessionToken>token-${account}</SessionToken>
      <Expiration>2099-01-01T00:00:00Z</Expiration>
    </Credentials>
    <AssumedRoleUser><Arn>arn:aws:sts::${account}:assumed-role/kms-admin/s</Arn><AssumedRoleId>AROA:s</AssumedRoleId></AssumedRoleUser>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>r</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`;
}

/** A JWT-shaped token with GitHub's claims (unsigned: STS is faked). */
const TOKEN = `e30.${Buffer.from(JSON.stringify({ sub: 'repo:acme/platform-keys:pull_request', aud: 'sts.amazonaws.com' })).toString('base64url')}.sig`;

let savedEnv: Record<string, string | undefined>;
beforeAll(() => {
  nock.disableNetConnect();
});
beforeEach(() => {
  savedEnv = { ...process.env };
  const hidden = ['AWS_ENDPOINT_URL', 'AWS_ENDPOINT_URL_STS', 'AWS_PROFILE', 'AWS_MAX_ATTEMPTS'];
  process.env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !hidden.includes(name)),
  );
});
afterEach(() => {
  process.env = savedEnv;
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
});

describe('credentials for the role inputs', () => {
  it('without a role: the SDK default chain, and no OIDC token is requested', () => {
    const services = fakeServices();
    const credentialsFor = credentialsForRole(
      undefined,
      inputs(),
      pullRequestContext('/w'),
      services,
      'us-east-1',
    );
    expect(credentialsFor(PRODUCTION)).toBeUndefined();
    expect(services.tokenRequests).toEqual([]);
  });

  it('assumes the role of each account with the OIDC token, once per account, and masks the credentials', async () => {
    const bodies: string[] = [];
    nock(STS)
      .post('/', (body: string) => {
        bodies.push(body);
        return true;
      })
      .times(2)
      .reply(200, (_uri, body) =>
        credentialsXml(
          typeof body === 'string' && body.includes(PRODUCTION) ? PRODUCTION : STAGING,
        ),
      );
    const services = fakeServices();
    services.getIdToken = (audience) => {
      services.tokenRequests.push(audience);
      return Promise.resolve(TOKEN);
    };
    const credentialsFor = credentialsForRole(
      { arn: 'arn:aws:iam::{account}:role/kms-admin', input: 'role-to-assume' },
      inputs({ audience: 'sts.example.com', 'role-duration-seconds': '900' }),
      pullRequestContext('/w'),
      services,
      'us-east-1',
    );
    const production = credentialsFor(PRODUCTION);
    if (typeof production !== 'function') throw new Error('expected a provider');
    // The KMS, tagging and STS clients of one account ask at once: one session for all.
    const [first, second] = await Promise.all([production(), production()]);
    expect(first.accessKeyId).toBe(`ASIA${PRODUCTION}`);
    expect(second).toBe(first);
    const staging = credentialsFor(STAGING);
    if (typeof staging !== 'function') throw new Error('expected a provider');
    expect((await staging()).secretAccessKey).toBe(`secret-${STAGING}`);

    expect(bodies).toHaveLength(2);
    const request = new URLSearchParams(bodies[0]);
    expect(request.get('Action')).toBe('AssumeRoleWithWebIdentity');
    expect(request.get('RoleArn')).toBe(`arn:aws:iam::${PRODUCTION}:role/kms-admin`);
    expect(request.get('RoleSessionName')).toBe('kms-action-platform-keys-42');
    expect(request.get('DurationSeconds')).toBe('900');
    expect(request.get('WebIdentityToken')).toBe(TOKEN);
    expect(services.tokenRequests).toEqual(['sts.example.com', 'sts.example.com']);
    expect(services.secrets).toEqual(
      expect.arrayContaining([
        `ASIA${PRODUCTION}`,
        `secret-${PRODUCTION}`,
        `token-${PRODUCTION}`,
        `token-${STAGING}`,
      ]),
    );
  });

  it('names every session role-session-name when it is set', async () => {
    let sessionName: string | null = null;
    nock(STS)
      .post('/', (body: string) => {
        sessionName = new URLSearchParams(body).get('RoleSessionName');
        return true;
      })
      .reply(200, credentialsXml(PRODUCTION));
    const services = fakeServices();
    services.getIdToken = () => Promise.resolve(TOKEN);
    const provider = credentialsForRole(
      { arn: 'arn:aws:iam::{account}:role/kms-plan', input: 'plan-role-to-assume' },
      inputs({ 'role-session-name': 'kms-plan@run.42' }),
      pullRequestContext('/w'),
      services,
      'us-east-1',
    )(PRODUCTION);
    if (typeof provider !== 'function') throw new Error('expected a provider');
    await provider();
    expect(sessionName).toBe('kms-plan@run.42');
  });

  it("explains a refused role with the token's sub and aud and what the trust policy must allow", async () => {
    nock(STS)
      .post('/')
      .reply(
        403,
        '<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>Not authorized to perform sts:AssumeRoleWithWebIdentity</Message></Error><RequestId>r</RequestId></ErrorResponse>',
      );
    const services = fakeServices();
    services.getIdToken = () => Promise.resolve(TOKEN);
    const provider = credentialsForRole(
      { arn: 'arn:aws:iam::{account}:role/kms-plan', input: 'plan-role-to-assume' },
      inputs(),
      pullRequestContext('/w'),
      services,
      'us-east-1',
    )(PRODUCTION);
    if (typeof provider !== 'function') throw new Error('expected a provider');
    await expect(provider()).rejects.toThrow(
      /cannot assume arn:aws:iam::111122223333:role\/kms-plan \(plan-role-to-assume\) for account 111122223333 with the GitHub OIDC token: .*AccessDenied.*sub 'repo:acme\/platform-keys:pull_request', aud 'sts.amazonaws.com'.*trust policy/,
    );
  });

  it('fails before any call when the OIDC token cannot be had (no id-token: write)', async () => {
    const services = fakeServices();
    services.getIdToken = () =>
      Promise.reject(new Error("add 'permissions: id-token: write' to the job"));
    const provider = credentialsForRole(
      { arn: 'arn:aws:iam::{account}:role/kms-admin', input: 'role-to-assume' },
      inputs(),
      pullRequestContext('/w'),
      services,
      'us-east-1',
    )(PRODUCTION);
    if (typeof provider !== 'function') throw new Error('expected a provider');
    await expect(provider()).rejects.toThrow('id-token: write');
  });
});

describe('toSessionName', () => {
  it.each([
    ['kms-action-platform-keys-42', 'kms-action-platform-keys-42'],
    ['kms-action-my repo/with:odd*chars-1', 'kms-action-my-repo-with-odd-chars-1'],
    ['x'.repeat(80), 'x'.repeat(64)],
  ])('%s -> %s (STS characters, at most 64)', (name, expected) => {
    expect(toSessionName(name)).toBe(expected);
  });
});

describe('stsRegionOf', () => {
  it('prefers the input, then AWS_REGION, then the first key', () => {
    expect(
      stsRegionOf(inputs({ 'aws-region': 'eu-west-1' }), { AWS_REGION: 'us-west-2' }, 'us-east-1'),
    ).toBe('eu-west-1');
    expect(stsRegionOf(inputs(), { AWS_REGION: 'us-west-2' }, 'us-east-1')).toBe('us-west-2');
    expect(stsRegionOf(inputs(), {}, 'ap-south-1')).toBe('ap-south-1');
  });
});
