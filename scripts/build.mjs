// Bundles the front ends into dist/ with a pinned esbuild, deterministically, so CI can
// check that the committed dist/ matches a fresh build. Also writes the licences of every
// bundled package and fails on any licence the product cannot ship (SPEC: MIT-compatible).
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const ALLOWED_LICENSES = new Set([
  'MIT',
  'ISC',
  'Apache-2.0',
  'BSD-2-Clause',
  'BSD-3-Clause',
  '0BSD',
  'BlueOak-1.0.0',
  'Unlicense',
  'CC0-1.0',
  'Python-2.0',
]);

const entryPoints = {
  'cli/index': 'cli/index.ts',
  'action/index': 'action/index.ts',
  'app/index': 'app/index.ts',
  'app/lambda': 'app/lambda.ts',
  'app/server': 'app/server.ts',
};
const present = Object.fromEntries(
  Object.entries(entryPoints).filter(([, source]) => existsSync(join(root, source))),
);

rmSync(join(root, 'dist'), { recursive: true, force: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: present,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  minifySyntax: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  define: { __KMS_ACTION_VERSION__: JSON.stringify(version) },
  // CommonJS dependencies inside an ESM bundle need `require`.
  banner: {
    js: "import { createRequire as __kmsActionCreateRequire } from 'node:module';\nconst require = __kmsActionCreateRequire(import.meta.url);",
  },
});

const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (!match || packages.has(match[1])) continue;
  const directory = join(
    root,
    input.slice(0, match.index + 'node_modules/'.length + match[1].length),
  );
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  packages.set(match[1], { version: manifest.version, license: manifest.license ?? 'UNKNOWN' });
}
const refused = [...packages].filter(([, info]) => !ALLOWED_LICENSES.has(info.license));
if (refused.length > 0) {
  console.error(
    `build: refusing to bundle packages with licences outside the allow-list:\n${refused.map(([name, info]) => `  ${name}@${info.version}: ${info.license}`).join('\n')}`,
  );
  process.exit(1);
}
const lines = [...packages]
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, info]) => `${name}@${info.version} ${info.license}`);
writeFileSync(
  join(root, 'dist', 'THIRD_PARTY_PACKAGES.txt'),
  `Packages bundled in dist/ and their licences:\n${lines.join('\n')}\n`,
);
writeFileSync(
  join(root, 'dist', 'package.json'),
  `${JSON.stringify({ type: 'module' }, null, 2)}\n`,
);
console.log(
  `build: ${Object.keys(present).length} entry points, ${packages.size} bundled packages, licences ok`,
);
