import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../app/read-app-settings.ts';
import { withAppSecret } from '../../app/with-app-secret.ts';

const SECRET_ID = 'kms-action-app';
const SECRET = {
  APP_ID: '123456',
  WEBHOOK_SECRET: 'a-webhook-secret',
  PRIVATE_KEY: 'LS0tLS1CRUdJTg==',
};

function reader(text: string | undefined): (id: string) => Promise<string | undefined> {
  return (id) =>
    id === SECRET_ID ? Promise.resolve(text) : Promise.reject(new Error(`no secret ${id}`));
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConfigurationError);
  return (error as Error).message;
}

describe('withAppSecret', () => {
  it('leaves the environment alone, and reads nothing, without APP_SECRET_ID', async () => {
    const env = { APP_ID: '1', APP_SECRET_ID: '' };
    const read = () => Promise.reject(new Error('must not be called'));
    await expect(withAppSecret(env, read)).resolves.toBe(env);
  });

  it("adds the secret's settings to the environment", async () => {
    const env = await withAppSecret(
      { APP_SECRET_ID: SECRET_ID, LOG_LEVEL: 'info' },
      reader(JSON.stringify({ ...SECRET, unrelated: 'kept out' })),
    );
    expect(env).toEqual({ APP_SECRET_ID: SECRET_ID, LOG_LEVEL: 'info', ...SECRET });
  });

  it('refuses a setting given both in the environment and in the secret', async () => {
    const message = await refusal(
      withAppSecret(
        { APP_SECRET_ID: SECRET_ID, WEBHOOK_SECRET: 'from-the-environment' },
        reader(JSON.stringify(SECRET)),
      ),
    );
    expect(message).toBe(
      "WEBHOOK_SECRET is set both in the environment and in secret 'kms-action-app': keep only the secret's",
    );
  });

  // PRIVATE_KEY wins over PRIVATE_KEY_PATH (read-app-settings.ts): a key file configured in
  // the environment would be silently ignored for the secret's key.
  it("refuses PRIVATE_KEY_PATH in the environment next to the secret's PRIVATE_KEY", async () => {
    const message = await refusal(
      withAppSecret(
        { APP_SECRET_ID: SECRET_ID, PRIVATE_KEY_PATH: '/etc/app.pem' },
        reader(JSON.stringify(SECRET)),
      ),
    );
    expect(message).toBe(
      "PRIVATE_KEY is set both in the environment (as PRIVATE_KEY_PATH) and in secret 'kms-action-app': keep only the secret's",
    );
  });

  it.each([
    ['text that is not JSON', 'PRIVATE_KEY=hunter2-very-secret', 'text that is not JSON'],
    ['an array', '["hunter2-very-secret"]', 'an array'],
    ['a binary secret', undefined, 'a binary secret'],
  ])('refuses %s without quoting it', async (_, text, got) => {
    const message = await refusal(withAppSecret({ APP_SECRET_ID: SECRET_ID }, reader(text)));
    expect(message).toBe(
      `APP_SECRET_ID: secret 'kms-action-app' must hold a JSON object with APP_ID, WEBHOOK_SECRET, PRIVATE_KEY, got ${got}`,
    );
    expect(message).not.toContain('hunter2');
  });

  it('refuses a setting that is not a string, without its value', async () => {
    const message = await refusal(
      withAppSecret(
        { APP_SECRET_ID: SECRET_ID },
        reader(JSON.stringify({ ...SECRET, APP_ID: 123456 })),
      ),
    );
    expect(message).toBe("APP_ID in secret 'kms-action-app' must be a string, got a number");
  });

  it('names the secret, the cause and the permission when it cannot be read', async () => {
    const message = await refusal(withAppSecret({ APP_SECRET_ID: 'another-secret' }, reader('{}')));
    expect(message).toMatch(
      /^APP_SECRET_ID: cannot read secret 'another-secret': no secret another-secret; give the app's role secretsmanager:GetSecretValue on it/,
    );
  });

  it('refuses an id that is neither a secret name nor an ARN', async () => {
    const message = await refusal(
      withAppSecret({ APP_SECRET_ID: 'arn:aws:s3:::bucket/key' }, reader('{}')),
    );
    expect(message).toBe(
      "APP_SECRET_ID must be a Secrets Manager secret name or ARN, got 'arn:aws:s3:::bucket/key'",
    );
  });
});
