/**
 * yaml's Parser reads `process.env.LOG_TOKENS` at every lexeme; each read of the real
 * environment is a call into Node (about a quarter of a second for 1 MiB of YAML). The
 * loader reads with a plain copy of the environment in its place, and puts the real one back.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadManifest } from '../../../core/manifest/load-manifest.ts';

const realEnv = process.env;

/** `process.env` replaced by a view of itself that counts the reads of `name`. */
function countReads(name: string): { reads: () => number; env: NodeJS.ProcessEnv } {
  let reads = 0;
  const env = new Proxy(realEnv, {
    get: (target, property, receiver) => {
      if (property === name) reads += 1;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  process.env = env;
  return { reads: () => reads, env };
}

function manifest(keys: number): string {
  const lines = ['version: 1', 'keys:'];
  for (let index = 0; index < keys; index += 1) {
    lines.push(`  k${index}: { service: s${index}, aliases: [alias/k${index}] }`);
  }
  return `${lines.join('\n')}\n`;
}

afterEach(() => {
  process.env = realEnv;
});

describe('the loader does not read the real environment at every lexeme', () => {
  it('a 200-key manifest (thousands of lexemes) reads LOG_TOKENS from the real environment at most once', () => {
    const counted = countReads('LOG_TOKENS');
    const loaded = loadManifest('kms.yaml', manifest(200));
    expect(Object.keys((loaded.data as { keys: object }).keys)).toHaveLength(200);
    expect(counted.reads()).toBeLessThanOrEqual(1);
    expect(process.env).toBe(counted.env);
  });

  it('a manifest read whole (an anchor in it) also reads it at most once', () => {
    const counted = countReads('LOG_TOKENS');
    const text = `version: 1\nshared: &s { service: x }\nkeys:\n${'  a: { service: y }\n'.repeat(1)}${manifest(100).slice('version: 1\nkeys:\n'.length)}`;
    loadManifest('kms.yaml', text);
    expect(counted.reads()).toBeLessThanOrEqual(1);
    expect(process.env).toBe(counted.env);
  });

  it('the environment is put back when the manifest is refused', () => {
    const counted = countReads('LOG_TOKENS');
    expect(() => loadManifest('kms.yaml', 'version: 1\nkeys:\n  a: {\n')).toThrow(/kms\.yaml/);
    expect(process.env).toBe(counted.env);
    expect(() => loadManifest('kms.yaml', `version: 1\nkeys: [${']'.repeat(10)}\n`)).toThrow();
    expect(process.env).toBe(counted.env);
  });

  it('the values of the environment are the same while the manifest is read', () => {
    process.env = { ...realEnv, KMS_ACTION_PROBE: 'x' };
    const before = process.env;
    loadManifest('kms.yaml', manifest(50));
    expect(process.env).toBe(before);
    expect(process.env['KMS_ACTION_PROBE']).toBe('x');
  });
});
