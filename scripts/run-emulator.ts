// `npm run emulator [-- --port N]`: starts the local KMS emulator (the moto server that the
// integration tests and the demo use) in the foreground and prints the environment to paste
// in another shell, so the CLI talks to it. Ctrl-C stops it. Nothing leaves the machine.
import { parseArgs } from 'node:util';
import { startEmulator } from '../test/emulator/start-emulator.ts';
import { describeEmulatorEnvironment } from './emulator-environment.ts';
import { waitForInterrupt } from './wait-for-interrupt.ts';

const { values } = parseArgs({ options: { port: { type: 'string' } } });
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port >= 1 && port <= 65535)) {
  process.stderr.write(`--port must be a TCP port, 1..65535, got '${values.port ?? ''}'\n`);
  process.exit(2);
}

process.stderr.write(
  'Starting the local KMS emulator (moto server; the first run creates its Python venv)...\n',
);
const emulator = await startEmulator({
  ...(port === undefined ? {} : { port }),
  log: (message) => process.stderr.write(`  ${message}\n`),
});
const { shell } = describeEmulatorEnvironment(emulator.endpoint);
process.stdout.write(
  [
    `KMS emulator (moto) listening on ${emulator.endpoint}: KMS, STS and the tagging API, any account id.`,
    'Paste this in another shell, then run kms-action there (npm run -s kms-action -- <command> in this checkout):',
    '',
    shell,
    '',
    `Example: kms-action plan -f examples/kms.yaml --role-to-assume 'arn:aws:iam::{account}:role/kms-admin'`,
    'State lives in memory and is lost on exit. Ctrl-C stops the emulator.',
    '',
  ].join('\n'),
);
await waitForInterrupt();
await emulator.stop();
process.stderr.write('KMS emulator stopped.\n');
