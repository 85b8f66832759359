/**
 * The text of a Secrets Manager secret, read once when the app starts (app/with-app-secret.ts),
 * in a module of its own so that the SDK client loads only when a secret is configured.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

export async function readSecretString(secretId: string): Promise<string | undefined> {
  const client = new SecretsManagerClient({ maxAttempts: 5 });
  try {
    const secret = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    return secret.SecretString;
  } finally {
    client.destroy();
  }
}
