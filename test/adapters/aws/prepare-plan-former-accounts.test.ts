/**
 * The Action's pull request plan also reads the accounts the base branch's manifest has keys
 * in (formerScopes), so that a key the pull request removes is reported as an orphan. When the
 * credentials for such an account are wrong, the plan fails closed, and the error says why that
 * account is read at all: the manifest under review no longer names it.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prepareAwsPlan } from '../../../adapters/aws/prepare-plan.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const IDENTITY = `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::111122223333:assumed-role/kms-plan/s</Arn><UserId>AROAEXAMPLE:s</UserId><Account>111122223333</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;

beforeAll(() => {
  nock.disableNetConnect();
});
afterAll(() => {
  nock.enableNetConnect();
});
afterEach(() => {
  nock.cleanAll();
});

describe('prepareAwsPlan with former scopes', () => {
  it("names the base branch's account as the reason it is read when its credentials are wrong", async () => {
    nock('https://sts.us-east-1.amazonaws.com').post('/').times(2).reply(200, IDENTITY);
    const read = readManifest(
      'kms.yaml',
      'version: 1\ndefaults: { account: "111122223333", region: us-east-1 }\nkeys:\n  app: { description: app }\n',
      { repository: 'acme/keys', manifestPath: 'kms.yaml' },
    );
    if (!read.ok) throw new Error('manifest');
    const desired = {
      ...read.desired,
      formerScopes: [{ account: '444455556666', region: 'eu-west-1' }],
    };
    const credentials = () =>
      Promise.resolve({ accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' });
    await expect(
      prepareAwsPlan(desired, { credentialsFor: () => credentials, stsRegion: 'us-east-1' }),
    ).rejects.toThrow(
      "account 444455556666 is read because the previous version of this manifest (the base branch's) has keys there",
    );
  });
});
