import { expect, it } from 'vitest';
import { listAccountKeys } from '../../../adapters/aws/list-account-keys.ts';
import { createAwsClients } from '../../../adapters/aws/kms-client.ts';
import { readLiveState } from '../../../adapters/aws/read-live-state.ts';
import type { ReadProgress } from '../../../adapters/aws/read-progress.ts';
import { readManifest } from '../../../core/manifest/read-manifest.ts';
import {
  describeWithEmulator,
  emulatorRegion,
  resetEmulatorState,
} from '../../emulator/use-emulator.ts';
import { createKey, DEFAULT_ACCOUNT, kmsClient, ownershipTags } from './kms-fixtures.ts';

const OWNER = 'acme/infra/kms.yaml';
const NAMES = ['a', 'b', 'c', 'd'];

describeWithEmulator('progress of the live-state read against the KMS emulator', () => {
  const kms = kmsClient();

  it('counts every owned key read, from 0 to the total of the account and Region', async () => {
    await resetEmulatorState();
    for (const name of NAMES) await createKey(kms, { tags: ownershipTags(OWNER, name) });
    await createKey(kms, { tags: { Team: 'unmanaged' } });
    const result = readManifest(
      'kms.yaml',
      [
        'version: 1',
        `defaults: { region: ${emulatorRegion} }`,
        `accounts: { main: '${DEFAULT_ACCOUNT}' }`,
        'keys:',
        ...NAMES.map((name) => `  ${name}: { account: main, description: ${name} }`),
      ].join('\n'),
      { repository: 'acme/infra', manifestPath: 'kms.yaml' },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));

    const seen: ReadProgress[] = [];
    const live = await readLiveState(result.desired, {
      onProgress: (progress) => seen.push(progress),
    });
    expect(live.owned).toHaveLength(NAMES.length);
    expect(seen.map((progress) => progress.read)).toEqual([0, 1, 2, 3, 4]);
    expect(
      new Set(
        seen.map((progress) => `${progress.account} ${progress.region} ${String(progress.total)}`),
      ),
    ).toEqual(new Set([`${DEFAULT_ACCOUNT} ${emulatorRegion} 4`]));

    const listed: ReadProgress[] = [];
    const clients = createAwsClients({});
    try {
      const listing = await listAccountKeys({
        clients,
        account: DEFAULT_ACCOUNT,
        region: emulatorRegion,
        onProgress: (progress) => listed.push(progress),
      });
      expect(listed.at(-1)).toEqual({
        account: DEFAULT_ACCOUNT,
        region: emulatorRegion,
        read: listing.keys.length + listing.awsManaged.length,
        total: listing.keys.length + listing.awsManaged.length,
      });
      expect(listed.map((progress) => progress.read)).toEqual(
        Array.from({ length: listed.length }, (_, index) => index),
      );
    } finally {
      clients.destroy();
    }
  });
});
