import { setFlagsFromString } from 'node:v8';

/** A flag that sizes V8's young generation, in the process's arguments or NODE_OPTIONS. */
const SIZING_FLAG =
  /^--(?:max[-_]semi[-_]space[-_]size|min[-_]semi[-_]space[-_]size|semi[-_]space[-_]growth[-_]factor)(?:=|$)/;

/**
 * Keeps V8's young generation at the size it starts with (1 MiB a semi-space) for the rest of
 * the process, unless the process was started with a flag that sizes it. By default V8 doubles
 * it up to 64 MiB a semi-space while data accumulates, about double the live data: the
 * `validate` command peaked at 176 to 265 MiB RSS on the worst valid manifests under 1 MiB,
 * and about 130 to 150 MiB with this (for a few per cent more CPU). `--max-semi-space-size`
 * would do the same but is read only when the heap is set up; V8 reads the growth factor each
 * time it grows the space, so this takes effect from inside the process (measured on Node 24).
 * Only for a process's own entry point (the CLI, the Action): never from the library.
 * Returns whether it set the limit.
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
  setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}
