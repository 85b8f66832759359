/**
 * CPU per key policy of `import`'s intent inference (`inferPolicyIntent`, what import runs on
 * every live key policy, which anyone with kms:PutKeyPolicy on the key may have written) on the
 * worst policies under the 32 KB limit: the evaluator's (generate-hostile-policies.ts) and the
 * inference's own (generate-hostile-import-policies.ts). Printed by `npm run bench`, never
 * asserted. Run alone: node --import tsx bench/measure-import-cost.ts [policy]
 */
import { pathToFileURL } from 'node:url';
import { inferPolicyIntent } from '../core/import/infer-policy-intent.ts';
import type { KeyPolicyDocument } from '../core/policy/types.ts';
import {
  generateHostileImportPolicies,
  HOSTILE_IMPORT_REGION,
} from './generate-hostile-import-policies.ts';
import { generateHostilePolicies } from './generate-hostile-policies.ts';

const ACCOUNT = '111122223333';

/** Every hostile policy import may read, by name. */
export function hostileImportCases(account: string): [string, KeyPolicyDocument][] {
  return Object.entries({
    ...generateHostilePolicies(account),
    ...generateHostileImportPolicies(account),
  });
}

export function measureImportCost(print: (line: string) => void, only?: string): void {
  const placement = { account: ACCOUNT, region: HOSTILE_IMPORT_REGION, partition: 'aws' };
  let worst = 0;
  for (const [name, policy] of hostileImportCases(ACCOUNT)) {
    if (only !== undefined && name !== only) continue;
    const cpuStart = process.cpuUsage();
    const inferred = inferPolicyIntent(policy, placement);
    const cpu = process.cpuUsage(cpuStart);
    const ms = (cpu.user + cpu.system) / 1000;
    worst = Math.max(worst, ms);
    const why = inferred.form === 'document' ? `: ${(inferred.reasons[0] ?? '').slice(0, 70)}` : '';
    print(
      `  ${name.padEnd(24)} ${String(JSON.stringify(policy).length).padStart(6)} B  ${ms.toFixed(0).padStart(6)} ms CPU  -> ${inferred.form}${why}`,
    );
  }
  if (only === undefined) print(`  worst: ${worst.toFixed(0)} ms CPU per key policy`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  measureImportCost((line) => {
    console.log(line);
  }, process.argv[2]);
}
