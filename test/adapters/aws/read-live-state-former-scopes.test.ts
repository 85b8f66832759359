/**
 * SPEC section 3: "Removing a key from the manifest is an error in the plan (orphan)". The
 * live state is read only in the accounts and Regions the manifest has keys in, so a key
 * removed with the last key of its Region, or moved by changing `region:`, was never seen: no
 * orphan problem, the old key left unmanaged. The Action now passes the base branch's scopes
 * (`formerScopes`), and what this manifest owns there is read and reported.
 */
import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListAliasesCommand,
  ListGrantsCommand,
} from '@aws-sdk/client-kms';
import {
  GetResourcesCommand,
  ResourceGroupsTaggingAPIClient,
} from '@aws-sdk/client-resource-groups-tagging-api';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import type { AwsClients } from '../../../adapters/aws/kms-client.ts';
import { readLiveState } from '../../../adapters/aws/read-live-state.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import { addFormerScopes } from '../../../core/plan/add-former-scopes.ts';
import { digestLiveStateWithoutAwsGrants } from '../../../core/plan/digest-live-state-without-aws-grants.ts';
import { withoutFormerScopes } from '../../../core/plan/without-former-scopes.ts';
import { buildPlan } from '../../../core/plan/build-plan.ts';

const ACCOUNT = '111122223333';
const ID = {
  'us-east-1': '11111111-1111-4111-8111-111111111111',
  'eu-west-1': '22222222-2222-4222-8222-222222222222',
};

function desired(body: string) {
  const result = readManifest(
    'kms.yaml',
    `version: 1
defaults: { account: '${ACCOUNT}', region: us-east-1 }
keys:
${body}`,
    { repository: 'acme/keys', manifestPath: 'kms.yaml' },
  );
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.desired;
}

const BOTH = `  app:
    description: app
  billing:
    region: eu-west-1
    description: billing
`;

/** AWS holding `app` (us-east-1) and `billing` (eu-west-1), both applied from BOTH. */
function aws(calls: string[]): AwsClients {
  const manifest = desired(BOTH);
  const clients = new Map<string, KMSClient>();
  const taggers = new Map<string, ResourceGroupsTaggingAPIClient>();
  for (const key of manifest.keys) {
    const region = key.region as keyof typeof ID;
    const id = ID[region];
    const arn = `arn:aws:kms:${region}:${ACCOUNT}:key/${id}`;
    const kms = new KMSClient({ region });
    const mock = mockClient(kms);
    mock.on(ListAliasesCommand).callsFake(() => {
      calls.push(`ListAliases ${region}`);
      return { Aliases: [] };
    });
    mock.on(DescribeKeyCommand).resolves({
      KeyMetadata: {
        KeyId: id,
        Arn: arn,
        AWSAccountId: ACCOUNT,
        Description: key.description,
        KeySpec: 'SYMMETRIC_DEFAULT',
        KeyUsage: 'ENCRYPT_DECRYPT',
        KeyManager: 'CUSTOMER',
        Origin: 'AWS_KMS',
        KeyState: 'Enabled',
        MultiRegion: false,
      },
    });
    mock.on(GetKeyPolicyCommand).resolves({ Policy: JSON.stringify(key.policy?.document) });
    mock
      .on(GetKeyRotationStatusCommand)
      .resolves({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    mock.on(ListGrantsCommand).resolves({ Grants: [] });
    clients.set(region, kms);
    const tagging = new ResourceGroupsTaggingAPIClient({ region });
    mockClient(tagging)
      .on(GetResourcesCommand)
      .callsFake(() => {
        calls.push(`GetResources ${region}`);
        return {
          ResourceTagMappingList: [
            {
              ResourceARN: arn,
              Tags: Object.entries(key.tags).map(([Key, Value]) => ({ Key, Value })),
            },
          ],
        };
      });
    taggers.set(region, tagging);
  }
  return {
    kms: (_account, region) => clients.get(region) as KMSClient,
    tagging: (_account, region) => taggers.get(region) as ResourceGroupsTaggingAPIClient,
    endpointOf: (_service, region) => `https://kms.${region}.amazonaws.com`,
    destroy: () => undefined,
  };
}

/** The plan of `body`, the base branch's manifest being BOTH. */
async function planOf(body: string, base: string | null = BOTH) {
  const manifest = addFormerScopes(desired(body), base === null ? undefined : desired(base));
  const calls: string[] = [];
  const live = await readLiveState(manifest, { clients: aws(calls) });
  return { plan: buildPlan(manifest, live), calls };
}

const orphans = (problems: readonly { code: string; key: string }[]): string[] =>
  problems.filter((problem) => problem.code === 'orphan').map((problem) => problem.key);

describe('a key removed with the last key of its Region', () => {
  it('is an orphan while another key of its Region is declared', async () => {
    const { plan } = await planOf(`  app:
    description: app
  other:
    region: eu-west-1
    description: other
`);
    expect(orphans(plan.problems)).toEqual(['billing']);
  });

  it("is an orphan when its Region has no declared key left: the base branch's Region is read", async () => {
    const { plan, calls } = await planOf(`  app:
    description: app
`);
    expect(orphans(plan.problems)).toEqual(['billing']);
    expect(calls).toContain('GetResources eu-west-1');
  });

  it('is an orphan when its entry moves to another Region', async () => {
    const { plan } = await planOf(`  app:
    description: app
  billing:
    region: us-east-1
    description: billing
`);
    expect(orphans(plan.problems)).toEqual(['billing']);
  });

  it('without a previous manifest (the CLI), only the Regions of declared keys are read', async () => {
    const { plan, calls } = await planOf(
      `  app:
    description: app
`,
      null,
    );
    expect(orphans(plan.problems)).toEqual([]);
    expect(calls.filter((call) => call.startsWith('GetResources'))).toEqual([
      'GetResources us-east-1',
    ]);
  });

  it('the live state the review fingerprint digests is the one apply reads again (own Regions only)', async () => {
    const body = `  app:
    description: app
`;
    const withFormer = addFormerScopes(desired(body), desired(BOTH));
    const planRead = await readLiveState(withFormer, { clients: aws([]) });
    const applyRead = await readLiveState(desired(body), { clients: aws([]) });
    expect(planRead.owned.length).toBeGreaterThan(applyRead.owned.length);
    expect(digestLiveStateWithoutAwsGrants(withoutFormerScopes(planRead, withFormer))).toBe(
      digestLiveStateWithoutAwsGrants(applyRead),
    );
  });
});
