import { describe, expect, it } from 'vitest';
import type { DesiredState } from '../../../core/manifest/desired-state.ts';
import { complianceIsolation } from '../../../core/lint/rules/compliance-isolation.ts';
import { desiredOf } from './lint-manifest.ts';

const A = 'arn:aws:iam::111122223333';

/**
 * `keys` keys in two compliance domains, all generated from one `defaults.policy` whose `users`
 * are `users` shared roles: every key reports every user (a few lines of YAML, keys x users
 * findings).
 */
function sharedUsers(keys: number, users: number): string {
  const names = Array.from({ length: users }, (_, index) => `'${A}:role/u${String(index)}'`);
  const lines = [
    'version: 1',
    'defaults:',
    '  region: us-east-1',
    "  account: '111122223333'",
    '  environment: staging',
    `  policy: { admins: ['${A}:role/kms-admin'], users: [${names.join(', ')}] }`,
    'keys:',
  ];
  for (let index = 0; index < keys; index += 1) {
    lines.push(
      `  k${String(index)}: { service: s${String(index)}, compliance: ${index % 2 === 0 ? 'pci' : 'hipaa'}, policy: {} }`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** `desired` whose keys count every property read of them (the rule's work over keys). */
function countingReads(desired: DesiredState): { desired: DesiredState; reads: () => number } {
  let reads = 0;
  const keys = desired.keys.map(
    (key) =>
      new Proxy(key, {
        get(target, property, receiver) {
          reads += 1;
          return Reflect.get(target, property, receiver) as unknown;
        },
      }),
  );
  return { desired: { ...desired, keys }, reads: () => reads };
}

describe('compliance-isolation at scale', () => {
  // Each of the keys x users findings compared the user's other keys one by one: 5,000 keys
  // sharing 100 users (290 KB of manifest) took 3.5 minutes of lint, all outside the lint
  // budget. The work must grow with the findings, not with findings x keys.
  it('reads each key a bounded number of times per finding, however many keys share a user', () => {
    const keys = 600;
    const users = 20;
    const { desired, reads } = countingReads(desiredOf(sharedUsers(keys, users)));

    const issues = complianceIsolation.check(desired, { sharePolicyShapes: true });

    expect(issues).toHaveLength(keys * users);
    expect(issues[0]?.message).toBe(
      `\`${A}:role/u0\` uses key \`k0\` of compliance domain \`pci\` and also \`k1\` (hipaa), \`k3\` (hipaa), \`k5\` (hipaa), \`k7\` (hipaa), \`k9\` (hipaa), \`k11\` (hipaa), \`k13\` (hipaa), \`k15\` (hipaa), \`k17\` (hipaa), \`k19\` (hipaa), 290 more keys`,
    );
    expect(reads()).toBeLessThan(40 * (keys + issues.length));
  });
});
