/**
 * Where a `--cpu-prof` profile's time went, by package and by function, self and inclusive:
 * `node --import tsx bench/summarize-cpu-profile.ts <file.cpuprofile> [rows] [--files]`.
 *
 * Made for the plan-bound case (`node --cpu-prof --import tsx bench/run-plan-bound.ts 50 100`).
 * A package is a node_modules package (`--files`: its file), `node:<module>`, `ours:<dir>` for
 * this repository, or `(native)`. Inclusive time counts a function once per sample however
 * deep it recurses. Files run through tsx are one line each: their functions are told apart by
 * column. The profiler samples wall-clock time: on a busy machine, time the process
 * waited for a core lands in whatever frame was running (often `writev`, which wakes the
 * responder), so compare these shares with the CPU figures of `npm run bench`.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsText] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (file === undefined) {
  console.error('usage: summarize-cpu-profile.ts <file.cpuprofile> [rows] [--files]');
  process.exit(2);
}
const rows = Number(rowsText ?? 30);
const byFile = process.argv.includes('--files');
const root = `${process.cwd()}/`;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

function packageOf(url: string): string {
  if (url === '') return '(native)';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + '/node_modules/'.length).split('/');
    const name = rest[0]?.startsWith('@') === true ? rest.slice(0, 2) : rest.slice(0, 1);
    return byFile ? rest.join('/') : name.join('/');
  }
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0] ?? ''}`;
  const local = url.replace(/^file:\/\//, '');
  if (local.startsWith(root)) {
    const parts = local.slice(root.length).split('/');
    return `ours:${(byFile ? parts : parts.slice(0, 2)).join('/')}`;
  }
  return url;
}

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) {
  for (const child of node.children ?? []) parentOf.set(child, node.id);
}
const selfOf = new Map<number, number>();
profile.samples.forEach((id, index) => {
  selfOf.set(id, (selfOf.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});

const functionOf = (node: ProfileNode): string =>
  `${node.callFrame.functionName || '(anonymous)'} ${packageOf(node.callFrame.url)}:${String(node.callFrame.lineNumber + 1)}:${String(node.callFrame.columnNumber + 1)}`;
const add = (into: Map<string, number>, key: string, micros: number) =>
  into.set(key, (into.get(key) ?? 0) + micros);

const selfByPackage = new Map<string, number>();
const selfByFunction = new Map<string, number>();
const inclusiveByPackage = new Map<string, number>();
const inclusiveByFunction = new Map<string, number>();
let total = 0;
for (const [id, micros] of selfOf) {
  const node = nodes.get(id);
  if (node === undefined) continue;
  total += micros;
  const pkg = packageOf(node.callFrame.url);
  add(
    selfByPackage,
    node.callFrame.url === '' ? `${pkg} ${node.callFrame.functionName}` : pkg,
    micros,
  );
  add(selfByFunction, functionOf(node), micros);
  const packages = new Set<string>();
  const functions = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = nodes.get(at);
    if (frame === undefined) break;
    packages.add(packageOf(frame.callFrame.url));
    functions.add(functionOf(frame));
  }
  for (const pkg of packages) add(inclusiveByPackage, pkg, micros);
  for (const name of functions) add(inclusiveByFunction, name, micros);
}

for (const [title, table] of [
  ['self by package', selfByPackage],
  ['self by function', selfByFunction],
  ['inclusive by package', inclusiveByPackage],
  ['inclusive by function', inclusiveByFunction],
] as const) {
  console.log(`\n${title} (of ${(total / 1e6).toFixed(2)} s sampled)`);
  for (const [key, micros] of [...table].sort((a, b) => b[1] - a[1]).slice(0, rows)) {
    const share = ((micros / total) * 100).toFixed(1);
    console.log(`${(micros / 1000).toFixed(0).padStart(8)} ms ${share.padStart(5)} %  ${key}`);
  }
}
