import { CreateKeyCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { expect, it } from 'vitest';
import { startEmulator } from '../../emulator/start-emulator.ts';
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

  it('starts another server on its own free loopback port, and stop() shuts it down', async () => {
    const second = await startEmulator();
    try {
      expect(second.endpoint).not.toBe(emulatorEndpoint());
      expect((await fetch(`${second.endpoint}/moto-api/`)).ok).toBe(true);
    } finally {
      await second.stop();
    }
    await expect(fetch(`${second.endpoint}/moto-api/`)).rejects.toThrow();
    await second.stop();
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
