/**
 * AWS Lambda entry (API Gateway or a function URL in front). Configured like the server
 * (read-app-settings.ts, the secrets read from Secrets Manager with APP_SECRET_ID): a missing
 * or wrong setting is one line on stderr and the init fails, before any delivery is taken. Not @probot/adapter-aws-lambda-serverless: its 4.0.3
 * depends on probot ^13, which would bundle a second Probot next to the app's 14 (docs/app.md).
 */
import { createProbot } from 'probot';
import { errorMessage } from '../core/errors.ts';
import { createLambdaHandler } from './create-lambda-handler.ts';
import { kmsActionApp } from './index.ts';
import { readAppSettings, type AppSettings } from './read-app-settings.ts';
import { withAppSecret } from './with-app-secret.ts';

let settings: AppSettings;
try {
  settings = readAppSettings(await withAppSecret(process.env));
} catch (error) {
  process.stderr.write(`kms-action app: ${errorMessage(error)}\n`);
  process.exit(1);
}
const probot = createProbot({
  overrides: { appId: settings.appId, privateKey: settings.privateKey, secret: settings.secret },
});
await probot.load(kmsActionApp({ planner: settings.planner }));

export const handler = createLambdaHandler(probot);
