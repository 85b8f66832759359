/**
 * The app reads its settings from a Secrets Manager secret (APP_SECRET_ID) at start: against
 * the emulator's Secrets Manager, through the SDK's standard chain as on Lambda.
 */
import { generateKeyPairSync } from 'node:crypto';
import { CreateSecretCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { beforeEach, expect, it } from 'vitest';
import { readAppSettings } from '../../../app/read-app-settings.ts';
import { withAppSecret } from '../../../app/with-app-secret.ts';
import {
  describeWithEmulator,
  emulatorRegion,
  resetEmulatorState,
} from '../../emulator/use-emulator.ts';

describeWithEmulator('the app settings secret', () => {
  beforeEach(resetEmulatorState);

  it('starts the app from a secret given by name and by ARN', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const secretsManager = new SecretsManagerClient({ region: emulatorRegion });
    const created = await secretsManager.send(
      new CreateSecretCommand({
        Name: 'kms-action-app',
        SecretString: JSON.stringify({
          APP_ID: '123456',
          WEBHOOK_SECRET: 'a-webhook-secret',
          PRIVATE_KEY: Buffer.from(pem).toString('base64'),
        }),
      }),
    );

    for (const secretId of ['kms-action-app', created.ARN ?? '']) {
      const settings = readAppSettings(
        await withAppSecret({ APP_SECRET_ID: secretId, AWS_REGION: emulatorRegion }),
      );
      expect(settings).toMatchObject({ appId: 123456, secret: 'a-webhook-secret' });
      expect(settings.privateKey).toBe(pem);
    }
  });

  it('refuses to start when the secret does not exist, naming it', async () => {
    await expect(withAppSecret({ APP_SECRET_ID: 'no-such-secret' })).rejects.toThrow(
      /^APP_SECRET_ID: cannot read secret 'no-such-secret': .*secretsmanager:GetSecretValue/,
    );
  });
});
