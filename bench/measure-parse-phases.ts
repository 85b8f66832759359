/**
 * Where the time of reading a worst valid manifest goes (issue 11.2): each phase in a fresh
 * process, the phases of a round run one after the other and the rounds repeated, so a
 * machine shared with other work slows every phase alike; the fastest run of each phase is
 * printed, and the difference to the phase before it. Printed, never asserted. Run alone:
 * node --import tsx bench/measure-parse-phases.ts [rounds]
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateWorstValidManifests } from './generate-worst-valid-manifests.ts';
import { PARSE_PHASES, type ParsePhase } from './run-parse-phase.ts';

function runPhase(index: number, phase: ParsePhase): number {
  const script = fileURLToPath(new URL('./run-parse-phase.ts', import.meta.url));
  const output = execFileSync(process.execPath, ['--import', 'tsx', script, String(index), phase], {
    encoding: 'utf8',
  });
  return Number(output.trim().split('\n').at(-1));
}

export function measureParsePhases(print: (line: string) => void, rounds = 3): void {
  const phases = Object.keys(PARSE_PHASES) as ParsePhase[];
  for (const [index, { label }] of generateWorstValidManifests().entries()) {
    const fastest = new Map<ParsePhase, number>();
    for (let round = 0; round < rounds; round += 1) {
      for (const phase of phases) {
        const ms = runPhase(index, phase);
        fastest.set(phase, Math.min(fastest.get(phase) ?? Infinity, ms));
      }
    }
    print(`  ${label} (fastest of ${rounds}, CPU ms):`);
    let before = 0;
    for (const phase of phases) {
      const ms = fastest.get(phase) ?? 0;
      print(`    ${PARSE_PHASES[phase]}: ${ms} (${ms - before >= 0 ? '+' : ''}${ms - before})`);
      before = ms;
    }
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  measureParsePhases(
    (line) => {
      console.log(line);
    },
    Number(process.argv[2] ?? 3),
  );
}
