// `npm run demo`: the main job end to end on examples/kms.yaml.
// Stage 1 (this version): validate every example manifest with the bundled CLI code.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli.ts';

const io = {
  stdout: (text: string) => process.stdout.write(text),
  stderr: (text: string) => process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTty: process.stdout.isTTY,
};

const manifests = readdirSync('examples')
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => join('examples', name));
let failed = 0;
for (const manifest of manifests) {
  process.stdout.write(`\n$ kms-action validate -f ${manifest}\n`);
  const code = await runCli(['validate', '-f', manifest], io);
  if (code !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
