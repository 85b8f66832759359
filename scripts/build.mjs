// Bundles the front ends into dist/ with a pinned esbuild, deterministically, so CI can
// check that the committed dist/ matches a fresh build. Also writes the licences of every
// bundled package and fails on any licence the product cannot ship (SPEC: MIT-compatible).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';
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
  'lib/index': 'lib/index.ts',
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
const declarations = existsSync(join(root, 'lib/index.ts')) ? emitLibraryDeclarations() : 0;
console.log(
  `build: ${Object.keys(present).length} entry points, ${declarations} declaration files, ${packages.size} bundled packages, licences ok`,
);

/**
 * Type declarations of the library entry (package.json `exports` types): tsc's declaration
 * emit of lib/index.ts, then only the .d.ts files the entry's declarations reach, written under
 * dist/types/ with `.js` specifiers (the sources import `./x.ts`, which a consumer's
 * TypeScript would refuse). Files are visited in sorted order, so the output is reproducible.
 */
function emitLibraryDeclarations() {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  const options = {
    ...config.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    rootDir: root,
    outDir: join(root, 'dist', 'types'),
    declarationMap: false,
    sourceMap: false,
    removeComments: false,
    stripInternal: true,
  };
  const program = ts.createProgram({ rootNames: [join(root, 'lib/index.ts')], options });
  const emitted = new Map();
  const result = program.emit(undefined, (fileName, text) => {
    emitted.set(
      relative(join(root, 'dist', 'types'), fileName)
        .split('\\')
        .join('/'),
      text,
    );
  });
  const errors = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].filter(
    (diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error,
  );
  if (errors.length > 0) {
    console.error(
      ts.formatDiagnostics(errors, {
        getCanonicalFileName: (name) => name,
        getCurrentDirectory: () => root,
        getNewLine: () => '\n',
      }),
    );
    process.exit(1);
  }
  const specifier = /(from\s+|import\(\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g;
  const reached = new Set();
  const pending = ['lib/index.d.ts'];
  while (pending.length > 0) {
    const file = pending.pop();
    if (reached.has(file)) continue;
    const text = emitted.get(file);
    if (text === undefined) throw new Error(`build: no declarations emitted for ${file}`);
    reached.add(file);
    for (const match of text.matchAll(specifier)) {
      pending.push(posix.normalize(posix.join(posix.dirname(file), `${match[3]}.d.ts`)));
    }
  }
  for (const file of [...reached].sort()) {
    const target = join(root, 'dist', 'types', file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, emitted.get(file).replace(specifier, '$1$2$3.js$2'));
  }
  return reached.size;
}
