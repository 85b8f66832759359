import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

/** dist/action/index.js, rebuilt first when a source is newer than the bundle (or it is missing). */
export function ensureFreshBundle(): string {
  const bundle = join(ROOT, 'dist/action/index.js');
  const newest = (dir: string): number =>
    Math.max(
      0,
      ...readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
        .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
    );
  const sources = Math.max(
    newest('action'),
    newest('adapters'),
    newest('core'),
    statSync(join(ROOT, 'package-lock.json')).mtimeMs,
  );
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= sources) return bundle;
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  return bundle;
}
