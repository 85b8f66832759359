import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { DesiredKey, DesiredState } from '../../../core/manifest/desired-state.ts';
import type { LiveKey, LiveState } from '../../../core/plan/live-state.ts';

export const ACCOUNT = '111122223333';
export const REGION = 'us-east-1';

/** Compiles a manifest body (after `version: 1`) with one account and the usual defaults. */
export function desiredFrom(keysYaml: string): DesiredState {
  const text = `version: 1
defaults:
  account: "${ACCOUNT}"
  region: ${REGION}
  policy: { admins: [admin] }
principals:
  admin: arn:aws:iam::${ACCOUNT}:role/kms-admin
  app: arn:aws:iam::${ACCOUNT}:role/app
keys:
${keysYaml}`;
  const result = readManifest('kms.yaml', text, {
    repository: 'acme/keys',
    manifestPath: 'kms.yaml',
  });
  if (!result.ok)
    throw new Error(
      result.problems.map((problem) => `${problem.line}: ${problem.message}`).join('\n'),
    );
  return result.desired;
}

let counter = 0;

/** The live key exactly as apply would leave it for `key`. */
export function liveFrom(key: DesiredKey, overrides: Partial<LiveKey> = {}): LiveKey {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    arn: `arn:aws:kms:${key.region}:${key.account}:key/${id}`,
    id,
    account: key.account,
    region: key.region,
    description: key.description,
    keySpec: key.keySpec,
    keyUsage: key.keyUsage,
    keyManager: 'CUSTOMER',
    origin: key.origin,
    state:
      key.state === 'disabled'
        ? 'Disabled'
        : key.state === 'pending_deletion'
          ? 'PendingDeletion'
          : 'Enabled',
    multiRegion: key.multiRegion,
    rotation: key.rotation.enabled
      ? { enabled: true, periodInDays: key.rotation.periodInDays }
      : { enabled: false },
    policy: key.policy?.document,
    policyText: key.policy === undefined ? undefined : JSON.stringify(key.policy.document),
    tags: { ...key.tags },
    aliases: key.aliases.map((name) => ({
      name,
      arn: `arn:aws:kms:${key.region}:${key.account}:${name}`,
      targetKeyId: id,
    })),
    grants: [],
    ownership: { manifest: 'acme/keys/kms.yaml', key: key.name },
    ...overrides,
  };
}

/** A live state holding `keys` as owned keys, with their aliases listed for the Region. */
export function liveState(
  desired: DesiredState,
  keys: LiveKey[],
  extraAliases: LiveState['regions'][number]['aliases'] = [],
): LiveState {
  return {
    owner: desired.owner,
    owned: keys.filter((key) => key.ownership?.manifest === desired.owner),
    adopted: [],
    foreign: [],
    regions: [
      {
        account: ACCOUNT,
        region: REGION,
        discovery: 'tagging-api',
        aliases: [...keys.flatMap((key) => key.aliases), ...extraAliases].sort((a, b) =>
          a.name.localeCompare(b.name),
        ),
      },
    ],
  };
}

export function keyNamed(desired: DesiredState, name: string): DesiredKey {
  const key = desired.keys.find((candidate) => candidate.name === name);
  if (key === undefined) throw new Error(`no key ${name}`);
  return key;
}
