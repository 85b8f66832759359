import { errorMessage } from '../core/errors.ts';
import { ConfigurationError } from './read-app-settings.ts';

type Environment = Readonly<Record<string, string | undefined>>;

/** The settings a secret may hold: the ones that must not sit in a function's configuration. */
const SECRET_SETTINGS = ['APP_ID', 'WEBHOOK_SECRET', 'PRIVATE_KEY'] as const;

const SECRET_ID = /^(arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:)?[\w/+=.@-]{1,512}$/;

const NEEDS =
  "give the app's role secretsmanager:GetSecretValue on it (and kms:Decrypt on its key when a customer managed key encrypts it)";

/**
 * With `APP_SECRET_ID` set, the environment plus APP_ID, WEBHOOK_SECRET and PRIVATE_KEY read
 * from that Secrets Manager secret (a JSON object) when the app starts, so that they never sit
 * in the Lambda function's configuration, where `lambda:GetFunctionConfiguration` shows them.
 * A setting given both ways is refused rather than one silently winning. Messages name the
 * secret and the setting, never a value: a secret that is not JSON is not quoted.
 */
export async function withAppSecret(
  env: Environment,
  readSecret: (secretId: string) => Promise<string | undefined> = readSecretFromAws,
): Promise<Environment> {
  const secretId = env['APP_SECRET_ID'];
  if (secretId === undefined || secretId === '') return env;
  if (!SECRET_ID.test(secretId)) {
    throw new ConfigurationError(
      `APP_SECRET_ID must be a Secrets Manager secret name or ARN, got '${secretId.slice(0, 80)}'`,
    );
  }
  let text: string | undefined;
  try {
    text = await readSecret(secretId);
  } catch (error) {
    throw new ConfigurationError(
      `APP_SECRET_ID: cannot read secret '${secretId}': ${oneLine(errorMessage(error))}; ${NEEDS}`,
    );
  }
  const fields = parseSecretObject(secretId, text);
  const settings: Record<string, string> = {};
  const problems: string[] = [];
  for (const name of SECRET_SETTINGS) {
    if (!Object.hasOwn(fields, name)) continue;
    const value = fields[name];
    if (typeof value !== 'string') {
      problems.push(`${name} in secret '${secretId}' must be a string, got ${typeOf(value)}`);
    } else if ((env[name] ?? '') !== '') {
      problems.push(
        `${name} is set both in the environment and in secret '${secretId}': keep only the secret's`,
      );
    } else if (name === 'PRIVATE_KEY' && (env['PRIVATE_KEY_PATH'] ?? '') !== '') {
      // PRIVATE_KEY would win over the key file (read-app-settings.ts), silently.
      problems.push(
        `PRIVATE_KEY is set both in the environment (as PRIVATE_KEY_PATH) and in secret '${secretId}': keep only the secret's`,
      );
    } else {
      settings[name] = value;
    }
  }
  if (problems.length > 0) throw new ConfigurationError(problems.join('; '));
  return { ...env, ...settings };
}

function parseSecretObject(secretId: string, text: string | undefined): Record<string, unknown> {
  const expected = `secret '${secretId}' must hold a JSON object with ${SECRET_SETTINGS.join(', ')}`;
  if (text === undefined) {
    throw new ConfigurationError(`APP_SECRET_ID: ${expected}, got a binary secret`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ConfigurationError(`APP_SECRET_ID: ${expected}, got text that is not JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ConfigurationError(`APP_SECRET_ID: ${expected}, got ${typeOf(parsed)}`);
  }
  return parsed as Record<string, unknown>;
}

async function readSecretFromAws(secretId: string): Promise<string | undefined> {
  const { readSecretString } = await import('../adapters/aws/read-secret-string.ts');
  return readSecretString(secretId);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').slice(0, 300);
}
