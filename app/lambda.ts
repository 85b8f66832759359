/**
 * AWS Lambda entry (API Gateway or a function URL in front). Configured like the server:
 * APP_ID, PRIVATE_KEY, WEBHOOK_SECRET (required here: Probot would otherwise fall back to the
 * public `development` secret), LOG_FORMAT=json, optionally KMS_ACTION_PLAN_ROLE.
 * Not @probot/adapter-aws-lambda-serverless: its 4.0.3 depends on probot ^13, which would
 * bundle a second Probot next to the app's 14 (docs/app.md).
 */
import { createProbot } from 'probot';
import { createLambdaHandler } from './create-lambda-handler.ts';
import app from './index.ts';

const secret = process.env['WEBHOOK_SECRET'];
if (secret === undefined || secret === '' || secret === 'development') {
  throw new Error(
    `WEBHOOK_SECRET must be set to the app's webhook secret, got ${secret === undefined ? 'nothing' : `'${secret === '' ? '' : 'development'}'`}`,
  );
}
const probot = createProbot();
await probot.load(app);

export const handler = createLambdaHandler(probot);
