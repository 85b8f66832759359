import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { errorMessage } from '../core/errors.ts';
import { createAwsPlanner, type Planner } from './create-aws-planner.ts';

/** What both entry points (server and Lambda) need before they accept a delivery. */
export interface AppSettings {
  appId: number;
  privateKey: string;
  secret: string;
  planner: Planner | undefined;
  /** The server's only; the Lambda ignores them. */
  port: number;
  host: string;
  webhookPath: string;
}

/** A setting is missing or wrong: the message is one line that names it and the fix. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/**
 * Reads and checks every setting at start, so a misconfigured app refuses to start with
 * one line per problem instead of failing later (or falling back to Probot's public
 * `development` webhook secret). Throws a `ConfigurationError` listing every problem found.
 */
export function readAppSettings(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): AppSettings {
  const problems: string[] = [];
  const check = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      problems.push(oneLine(errorMessage(error)));
      return undefined;
    }
  };

  const secret = env['WEBHOOK_SECRET'] ?? '';
  if (secret === '' || secret === 'development') {
    problems.push(
      `WEBHOOK_SECRET must be set to the app's webhook secret (GitHub App settings > Webhook secret), got ${secret === '' ? 'nothing' : "Probot's public default 'development'"}`,
    );
  }
  const appIdText = env['APP_ID'] ?? '';
  const appId = /^[1-9]\d{0,15}$/.test(appIdText) ? Number(appIdText) : undefined;
  if (appId === undefined) {
    problems.push(
      `APP_ID must be the GitHub App's numeric id, got ${appIdText === '' ? 'nothing' : `'${appIdText.slice(0, 40)}'`}`,
    );
  }
  const privateKey = check(() => readPrivateKey(env, cwd));
  const portText = env['PORT'] ?? '3000';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : 0;
  if (port < 1 || port > 65535) {
    problems.push(`PORT must be a TCP port, 1..65535, got '${portText.slice(0, 40)}'`);
  }
  const webhookPath = env['WEBHOOK_PATH'] ?? '/api/github/webhooks';
  if (!/^\/[\w\-./]*$/.test(webhookPath)) {
    problems.push(
      `WEBHOOK_PATH must be a URL path such as /api/github/webhooks, got '${webhookPath.slice(0, 80)}'`,
    );
  }
  const logLevel = env['LOG_LEVEL'];
  if (logLevel !== undefined && logLevel !== '' && !LOG_LEVELS.includes(logLevel)) {
    problems.push(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel.slice(0, 40)}'`,
    );
  }
  const planner = check(() => createAwsPlanner(env));

  if (problems.length > 0 || appId === undefined || privateKey === undefined) {
    throw new ConfigurationError(problems.join('; '));
  }
  return {
    appId,
    privateKey,
    secret,
    planner,
    port,
    host: env['HOST'] ?? 'localhost',
    webhookPath,
  };
}

/** `PRIVATE_KEY` (PEM, PEM with `\n` escapes, or base64 of the PEM) or `PRIVATE_KEY_PATH`. */
function readPrivateKey(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  const inline = env['PRIVATE_KEY'];
  const path = env['PRIVATE_KEY_PATH'];
  let pem: string;
  let source: string;
  if (inline !== undefined && inline !== '') {
    source = 'PRIVATE_KEY';
    pem = inline.includes('-----BEGIN')
      ? inline.replace(/\\n/g, '\n')
      : Buffer.from(inline, 'base64').toString('utf8');
  } else if (path !== undefined && path !== '') {
    source = `PRIVATE_KEY_PATH (${path})`;
    try {
      pem = readFileSync(resolve(cwd, path), 'utf8');
    } catch (error) {
      throw new ConfigurationError(
        `PRIVATE_KEY_PATH must name a readable .pem file, cannot read '${path}': ${errorMessage(error)}`,
      );
    }
  } else {
    throw new ConfigurationError(
      "PRIVATE_KEY or PRIVATE_KEY_PATH must give the GitHub App's private key (the .pem file GitHub generated), got neither",
    );
  }
  try {
    createPrivateKey(pem);
  } catch (error) {
    throw new ConfigurationError(
      `${source} is not a PEM private key (${errorMessage(error)}): use the .pem file GitHub generated, its text or its base64`,
    );
  }
  return pem;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
