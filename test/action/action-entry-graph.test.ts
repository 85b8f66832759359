/**
 * The Action's entry requests the OIDC token before the rest of the Action loads
 * (start-id-token-prefetch.ts), so what the entry imports statically is loaded before that
 * request: it must stay a few small files of this repository. No package (@actions/core
 * and @actions/github bring undici, hundreds of KiB), and no ESM import of node:http, https
 * or fs (Node's ESM view of a built-in loads all its lazy parts: undici again, tens of ms).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
/** Built-ins whose ESM view costs nothing measurable. */
const CHEAP_BUILTINS = new Set(['node:path']);

/** The static value imports of `file` (type-only imports and `import()` are not loaded). */
function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const match of source.matchAll(/^import\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'([^']+)';/gm)) {
    if (match[1] === undefined && match[2] !== undefined) specifiers.push(match[2]);
  }
  return specifiers;
}

function staticGraph(entry: string): { files: string[]; external: string[] } {
  const files = new Set<string>();
  const external = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of staticImports(file)) {
      if (specifier.startsWith('.')) pending.push(join(dirname(file), specifier));
      else external.add(specifier);
    }
  }
  return { files: [...files].map((file) => relative(ROOT, file)).sort(), external: [...external] };
}

describe("the Action entry's static import graph", () => {
  const graph = staticGraph(join(ROOT, 'action', 'index.ts'));

  it('holds no package and no costly built-in', () => {
    expect(graph.external.filter((specifier) => !CHEAP_BUILTINS.has(specifier))).toEqual([]);
  });

  it('stays a few files of the Action and the core', () => {
    expect(graph.files.every((file) => /^(action|core)\//.test(file))).toBe(true);
    expect(graph.files.length).toBeLessThanOrEqual(20);
  });
});
