/** A multi-Region key `global` and its live replicas, as apply would leave them. */
import type { DesiredKey, DesiredState } from '../../../core/manifest/desired-state.ts';
import type { LiveKey, LiveState } from '../../../core/plan/live-state.ts';
import { ACCOUNT, REGION, liveFrom, liveState } from './plan-fixtures.ts';

export const ID = 'mrk-1234abcd12ab34cd56ef1234567890ab';
export const ARN = `arn:aws:kms:${REGION}:${ACCOUNT}:key/${ID}`;
export const EU_ARN = ARN.replace(REGION, 'eu-west-1');

export const KEY = `  global:
    multi_region: true
    description: global data
    aliases: [alias/global]
    tags: { team: data }
    policy: { admins: [admin], users: [app] }
`;

/** The live primary and replicas exactly as apply would leave them for `key`. */
export function liveOf(
  key: DesiredKey,
  replicaRegions: readonly string[] = key.replicaRegions,
): {
  primary: LiveKey;
  replicas: LiveKey[];
} {
  const configuration = {
    primary: { arn: ARN, region: REGION },
    replicas: replicaRegions.map((region) => ({ arn: ARN.replace(REGION, region), region })),
  };
  const primary = liveFrom(key, {
    id: ID,
    arn: ARN,
    aliases: key.aliases.map((name) => ({
      name,
      arn: `arn:aws:kms:${REGION}:${ACCOUNT}:${name}`,
      targetKeyId: ID,
    })),
    multiRegionConfiguration: { type: 'PRIMARY', ...configuration },
  });
  const replicas = replicaRegions.map((region): LiveKey => {
    const replica = key.replicas.find((entry) => entry.region === region);
    return {
      ...primary,
      arn: ARN.replace(REGION, region),
      region,
      description: replica?.description ?? key.description,
      state: replica?.state === 'disabled' ? 'Disabled' : 'Enabled',
      policy: replica?.policy?.document,
      policyText: JSON.stringify(replica?.policy?.document),
      tags: { ...(replica?.tags ?? key.tags) },
      aliases: (replica?.aliases ?? []).map((name) => ({
        name,
        arn: `arn:aws:kms:${region}:${ACCOUNT}:${name}`,
        targetKeyId: ID,
      })),
      rotation: undefined,
      grants: undefined,
      multiRegionConfiguration: { type: 'REPLICA', ...configuration },
    };
  });
  return { primary, replicas };
}

export function stateOf(desired: DesiredState, primary: LiveKey, replicas: LiveKey[]): LiveState {
  const state = liveState(desired, [primary]);
  const regions = [...new Set(replicas.map((replica) => replica.region))].map((region) => ({
    account: ACCOUNT,
    region,
    discovery: 'replicas' as const,
    aliases: replicas
      .filter((replica) => replica.region === region)
      .flatMap((replica) => replica.aliases),
  }));
  return { ...state, regions: [...state.regions, ...regions], replicas };
}
