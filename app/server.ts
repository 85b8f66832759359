/**
 * The Node server entry (`npm start`, `node --max-semi-space-size=4 dist/app/server.js`):
 * checks every setting first (one line on stderr and exit 1 when one is missing or wrong),
 * then serves the app with the guarded intake of create-webhook-server.ts instead of
 * `probot run`, whose server buffers any body whole and starts without a webhook secret.
 * Settings: docs/app.md.
 */
import { createProbot } from 'probot';
import { errorMessage } from '../core/errors.ts';
import { createWebhookServer } from './create-webhook-server.ts';
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
const server = createWebhookServer(probot, { webhookPath: settings.webhookPath });
server.on('error', (error) => {
  process.stderr.write(
    `kms-action app: cannot listen on ${settings.host}:${settings.port}: ${errorMessage(error)}\n`,
  );
  process.exit(1);
});
server.listen(settings.port, settings.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : settings.port;
  probot.log.info(
    `kms-action app listening on http://${settings.host}:${port}${settings.webhookPath}`,
  );
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
});
