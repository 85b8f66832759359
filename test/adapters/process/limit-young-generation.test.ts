import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  limitYoungGeneration,
  YOUNG_GENERATION_BYTES,
} from '../../../adapters/process/limit-young-generation.ts';

const MODULE = fileURLToPath(
  new URL('../../../adapters/process/limit-young-generation.ts', import.meta.url),
);

/**
 * MiB of V8's young generation after a child process keeps 400,000 small objects alive
 * (about 40 MiB), with or without the limit: the size V8 settles on for the same allocations,
 * not a timing.
 */
function youngGenerationMiB(limit: boolean): { atStart: number; atEnd: number } {
  const script = `
    import { limitYoungGeneration } from ${JSON.stringify(MODULE)};
    import { getHeapSpaceStatistics } from 'node:v8';
    const mib = () =>
      getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size / 1048576;
    if (${String(limit)}) limitYoungGeneration([], undefined);
    const atStart = mib();
    const kept = [];
    for (let i = 0; i < 400000; i += 1) kept.push({ a: i, b: 'x' + i, c: [i] });
    console.log(JSON.stringify({ atStart, atEnd: mib(), kept: kept.length }));
  `;
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } },
  );
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as { atStart: number; atEnd: number };
}

describe('limitYoungGeneration', () => {
  it('keeps the young generation at 8 MiB while data accumulates (V8 grows it otherwise)', () => {
    expect(youngGenerationMiB(false).atEnd).toBeGreaterThanOrEqual(16);
    expect(youngGenerationMiB(true).atEnd).toBe(YOUNG_GENERATION_BYTES / 1048576);
  });

  it('grows the young generation to its working size at once (a 2 MiB one costs 15 to 20 % more time)', () => {
    expect(youngGenerationMiB(false).atStart).toBeLessThan(YOUNG_GENERATION_BYTES / 1048576);
    expect(youngGenerationMiB(true).atStart).toBe(YOUNG_GENERATION_BYTES / 1048576);
  });

  it('leaves a young generation sized by the command line or NODE_OPTIONS alone', () => {
    expect(limitYoungGeneration(['--max-semi-space-size=32'], undefined)).toBe(false);
    expect(limitYoungGeneration([], '--enable-source-maps --max_semi_space_size=64')).toBe(false);
    expect(limitYoungGeneration(['--semi-space-growth-factor=4'], undefined)).toBe(false);
    expect(limitYoungGeneration(['--min-semi-space-size=8'], '')).toBe(false);
    expect(limitYoungGeneration([], '"--max-semi-space-size=16"')).toBe(false);
  });
});
