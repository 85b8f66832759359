import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

const ROOT = new URL('../../', import.meta.url).pathname;

/** action.yml's defaults as the runner passes them: INPUT_<NAME> (upper case, hyphens kept). */
export async function defaultInputs(): Promise<Record<string, string>> {
  const action = parse(await readFile(join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [
      `INPUT_${name.toUpperCase()}`,
      input.default === '${{ github.token }}' ? 'ghs_fake_token' : (input.default ?? ''),
    ]),
  );
}
