import { CreateKeyCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { expect, it } from 'vitest';
import {
  describeWithEmulator,
  emulatorEndpoint,
  emulatorRegion,
  resetEmulatorState,
} from '../../emulator/use-emulator.ts';

describeWithEmulator('KMS emulator', () => {
  it('listens on loopback and is reached through AWS_ENDPOINT_URL', () => {
    expect(emulatorEndpoint()).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(process.env['AWS_ENDPOINT_URL']).toBe(emulatorEndpoint());
  });

  it('forgets every key on reset', async () => {
    const kms = new KMSClient({ region: emulatorRegion });
    await kms.send(new CreateKeyCommand({ Description: 'to be forgotten' }));
    const before = await kms.send(new ListKeysCommand({}));
    expect(before.Keys?.length).toBeGreaterThan(0);

    await resetEmulatorState();

    const after = await kms.send(new ListKeysCommand({}));
    expect(after.Keys ?? []).toEqual([]);
  });
});
