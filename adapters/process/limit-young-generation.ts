import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/** A flag that sizes V8's young generation, in the process's arguments or NODE_OPTIONS. */
const SIZING_FLAG =
  /^--(?:max[-_]semi[-_]space[-_]size|min[-_]semi[-_]space[-_]size|semi[-_]space[-_]growth[-_]factor)(?:=|$)/;

/**
 * The young generation the process keeps (V8's `new_space`, both semi-spaces): what
 * `--max-semi-space-size=4` gives. Measured on the worst valid manifests (README
 * "Performance"): as fast as V8's default (up to 64 MiB a semi-space) and the smallest peak;
 * the 2 MiB a process starts with costs 15 to 20 % more time and more old-generation garbage.
 */
export const YOUNG_GENERATION_BYTES = 8 * 1024 * 1024;

/** At most this much is allocated to grow the young generation (a few ms; about 1 MiB is). */
const GROWTH_ALLOCATION_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * Keeps V8's young generation at 8 MiB (4 MiB a semi-space) for the rest of the process,
 * unless the process was started with a flag that sizes it. By default V8 doubles it up to
 * 64 MiB a semi-space while data accumulates, about double the live data: the `validate`
 * command peaked at 176 to 265 MiB RSS on the worst valid manifests under 1 MiB.
 * `--max-semi-space-size` would do this but is read only when the heap is set up; V8 reads its
 * growth factor each time it grows the space. So the space is grown now, by allocating objects
 * that survive a few scavenges, and its growth factor then set to 1 (measured on Node 24).
 * If a Node grows it otherwise, the allocation stops at 16 MiB: the result is then a smaller or
 * a larger young generation, never an error. Only for a process's own entry point (the CLI,
 * the Action): never from the library. Returns whether it set the limit.
 */
export function limitYoungGeneration(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env['NODE_OPTIONS'],
): boolean {
  // Node also accepts a quoted option in NODE_OPTIONS ("--max-semi-space-size=16").
  const flags = [
    ...execArgv,
    ...(nodeOptions ?? '').split(/\s+/).map((flag) => flag.replace(/^["']|["']$/g, '')),
  ];
  if (flags.some((flag) => SIZING_FLAG.test(flag))) return false;
  // Doubling from any power of two below it reaches exactly the size wanted.
  setFlagsFromString('--semi-space-growth-factor=2');
  try {
    growYoungGeneration();
  } finally {
    setFlagsFromString('--semi-space-growth-factor=1');
  }
  return true;
}

/** The size of V8's young generation, `undefined` if this V8 does not report it. */
export function youngGenerationBytes(): number | undefined {
  return getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size;
}

/** Allocates small objects, kept alive a while, until V8 has grown the young generation. */
function growYoungGeneration(): void {
  const OBJECTS_PER_ROUND = 1000;
  const BYTES_PER_OBJECT = 32;
  let kept: { index: number }[] = [];
  for (
    let allocated = 0;
    allocated < GROWTH_ALLOCATION_LIMIT_BYTES &&
    (youngGenerationBytes() ?? YOUNG_GENERATION_BYTES) < YOUNG_GENERATION_BYTES;
    allocated += OBJECTS_PER_ROUND * BYTES_PER_OBJECT
  ) {
    for (let index = 0; index < OBJECTS_PER_ROUND; index += 1) kept.push({ index });
    // Survivors make V8 grow the space; a bound keeps them from filling the old generation.
    if (kept.length > 200_000) kept = [];
  }
}
