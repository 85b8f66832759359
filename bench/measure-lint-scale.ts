/**
 * validate + lint, as `kms-action validate` does, of generated manifests: CPU seconds and
 * peak RSS. Each key of the first three has a user of its own, so its policy differs from
 * every other key's; the last shares one policy among all keys. Printed by `npm run bench`, never asserted. Run alone:
 * node --import tsx bench/measure-lint-scale.ts
 */
import { runLint } from '../core/lint/run-lint.ts';
import { readManifest } from '../core/manifest/read-manifest.ts';
import { generateHostileInputs } from './generate-hostile-inputs.ts';
import { generateManifest } from './generate-manifest.ts';

const ACCOUNT = '123456789012';
const options = { repository: 'acme/bench', manifestPath: 'kms.yaml' };

function cpuSeconds(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

export function measureLintScale(print: (line: string) => void): void {
  readManifest('kms.yaml', 'version: 1\nkeys: { a: { account: "123456789012" } }\n', options); // compiles the schema
  const hostile = generateHostileInputs(ACCOUNT);
  const manifests: [string, string][] = [
    ['1000 keys, bench manifest', generateManifest(1000, ACCOUNT)],
    ['1000 keys, compact', hostile.compactKeysManifest(1000)],
    ['5000 keys, compact', hostile.compactKeysManifest(5000)],
    // One user for every key: 5,000 keys generated from one intent, one policy to lint.
    [
      '5000 keys, compact, one shared intent',
      hostile.compactKeysManifest(5000).replace(/role\/svc\d{5}"/g, 'role/app"'),
    ],
  ];
  for (const [label, text] of manifests) {
    let findings = 0;
    let lintSeconds = 0;
    const total = cpuSeconds(() => {
      const read = readManifest('kms.yaml', text, options);
      if (!read.ok) throw new Error(`bench manifest invalid: ${read.problems[0]?.message ?? ''}`);
      lintSeconds = cpuSeconds(() => {
        findings = runLint(read.desired).length;
      });
    });
    print(
      `  ${label} (${(text.length / 1024).toFixed(0)} KiB): validate + lint ${total.toFixed(2)} s CPU (lint ${lintSeconds.toFixed(2)} s), ${findings} findings, max RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  measureLintScale((line) => {
    console.log(line);
  });
}
