import { describe, expect, it } from 'vitest';
import { runLint } from '../../../core/lint/run-lint.ts';
import { LINT_RULES } from '../../../core/lint/rules/index.ts';
import { HEADER, cleanKey, desiredOf } from './lint-manifest.ts';

interface Case {
  name: string;
  keys: string;
  /** Line of the finding in the whole manifest (HEADER included), when it fires. */
  fires: number;
  line?: number;
  message?: RegExp;
  /** What the help must say (e.g. never a value the key already has). */
  help?: RegExp;
  header?: string;
}

const HEADER_LINES = HEADER.split('\n').length - 1;
/** Line number of `text`'s n-th line once placed under `keys:` after the header. */
const keysLine = (n: number): number => HEADER_LINES + 1 + n;

function lint(ruleId: string, test: Case) {
  const rule = LINT_RULES.find((candidate) => candidate.id === ruleId);
  if (rule === undefined) throw new Error(`no rule ${ruleId}`);
  const desired = desiredOf(`${test.header ?? HEADER}keys:\n${test.keys}`);
  return runLint(desired, { rules: [rule] });
}

const CASES: Record<string, Case[]> = {
  'aws-managed-key': [
    {
      name: 'a raw policy copied from an AWS managed key',
      keys: `  uploads:
    environment: production
    service: s3
    aliases: [alias/prod-uploads]
    policy:
      document:
        Version: '2012-10-17'
        Statement:
          - { Sid: Root, Effect: Allow, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }
          - Sid: ThroughS3
            Effect: Allow
            Principal: { AWS: '*' }
            Action: [kms:Decrypt, kms:GenerateDataKey*]
            Resource: '*'
            Condition: { StringEquals: { kms:CallerAccount: '111122223333', kms:ViaService: s3.us-east-1.amazonaws.com } }
`,
      fires: 1,
      line: keysLine(10),
      message: /AWS managed key's policy: statement `ThroughS3`/,
    },
    {
      name: 'the wildcard limited by the organization is not the AWS managed pattern',
      keys: `  uploads:
    environment: production
    service: s3
    aliases: [alias/prod-uploads]
    policy:
      document:
        Version: '2012-10-17'
        Statement:
          - { Sid: Root, Effect: Allow, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }
          - { Sid: Org, Effect: Allow, Principal: '*', Action: kms:Decrypt, Resource: '*', Condition: { StringEquals: { aws:PrincipalOrgID: o-a1b2c3d4e5 } } }
`,
      fires: 0,
    },
    { name: 'a generated policy', keys: cleanKey('data'), fires: 0 },
  ],
  'shared-key': [
    {
      name: 'no service declared',
      keys: `  general:\n    environment: production\n    aliases: [alias/prod-general]\n`,
      fires: 1,
      line: keysLine(1),
      message: /does not declare its service$/,
    },
    {
      name: 'several services in via_service',
      keys: `  data:
    environment: production
    service: s3
    aliases: [alias/prod-data]
    policy: { admins: [kms-admin], users: [app], via_service: [s3, rds] }
`,
      fires: 1,
      line: keysLine(5),
      message: /is used through 2 services: rds, s3/,
    },
    {
      name: 'one service per key',
      keys: cleanKey('data') + cleanKey('db', 'production', 'rds'),
      fires: 0,
    },
  ],
  'rotation-disabled': [
    {
      name: 'rotation off on the key',
      keys: `${cleanKey('data')}    rotation: { enabled: false }\n`,
      fires: 1,
      line: keysLine(6),
    },
    {
      name: 'rotation off in defaults points at defaults',
      header: HEADER.replace('  tags:', '  rotation: { enabled: false }\n  tags:'),
      keys: cleanKey('data'),
      fires: 1,
      line: 5,
    },
    // AWS KMS Developer Guide, "Automatic key rotation" / EnableKeyRotation API reference:
    // "You cannot enable automatic rotation of asymmetric KMS keys, HMAC KMS keys, KMS keys
    // with imported key material, or KMS keys in a custom key store."
    {
      name: 'an asymmetric key cannot rotate automatically',
      header: HEADER.replace('  tags:', '  rotation: { enabled: false }\n  tags:'),
      keys: `  signing:\n    environment: production\n    key_spec: RSA_2048\n    key_usage: SIGN_VERIFY\n    policy: { admins: [kms-admin], users: [app] }\n`,
      fires: 0,
    },
    {
      name: 'an HMAC key cannot rotate automatically',
      header: HEADER.replace('  tags:', '  rotation: { enabled: false }\n  tags:'),
      keys: `  tokens:\n    environment: production\n    key_spec: HMAC_256\n    key_usage: GENERATE_VERIFY_MAC\n    policy: { admins: [kms-admin], users: [app] }\n`,
      fires: 0,
    },
    {
      name: 'a key with imported key material (origin: EXTERNAL) cannot rotate automatically',
      header: HEADER.replace('  tags:', '  rotation: { enabled: false }\n  tags:'),
      keys: `${cleanKey('imported')}    origin: EXTERNAL\n`,
      fires: 0,
    },
    { name: 'rotation on (the default)', keys: cleanKey('data'), fires: 0 },
  ],
  'rotation-period': [
    {
      name: 'a database key rotating yearly',
      keys: `${cleanKey('orders', 'production', 'rds')}    rotation: { period_in_days: 365 }\n`,
      fires: 1,
      message: /more than the 180 days recommended for a database key/,
      // Not "365 or less": the key already rotates every 365 days.
      help: /^set `rotation: \{ period_in_days: 180 \}` or less \(a database key\)$/,
    },
    {
      name: 'a key with imported key material does not rotate, whatever the default period',
      header: HEADER.replace('  tags:', '  rotation: { period_in_days: 730 }\n  tags:'),
      keys: `${cleanKey('imported')}    origin: EXTERNAL\n`,
      fires: 0,
    },
    {
      name: 'a general key rotating every two years',
      keys: `${cleanKey('data')}    rotation: { period_in_days: 730 }\n`,
      fires: 1,
    },
    {
      name: 'a database key rotating every 90 days',
      keys: `${cleanKey('orders', 'production', 'rds')}    rotation: { period_in_days: 90 }\n`,
      fires: 0,
    },
    { name: 'a general key at the default 365 days', keys: cleanKey('data'), fires: 0 },
  ],
  'deletion-window': [
    {
      name: 'seven days',
      keys: `${cleanKey('data')}    deletion_window_in_days: 7\n`,
      fires: 1,
      line: keysLine(6),
    },
    { name: 'thirty days (the default)', keys: cleanKey('data'), fires: 0 },
  ],
  'required-tags': [
    {
      name: 'no tags of its own',
      header: HEADER.replace('  tags: { CostCenter: platform }\n', ''),
      keys: cleanKey('data'),
      fires: 1,
      message: /has no tags besides the ones kms-action adds/,
    },
    {
      name: 'a compliance key without the Compliance tag',
      keys: `${cleanKey('cards')}    compliance: pci\n`,
      fires: 1,
      line: keysLine(6),
    },
    {
      name: 'a compliance tag naming another domain',
      keys: `${cleanKey('cards')}    compliance: pci\n    tags: { Compliance: hipaa }\n`,
      fires: 1,
      line: keysLine(7),
    },
    {
      name: 'a compliance key tagged with its domain',
      keys: `${cleanKey('cards')}    compliance: pci\n    tags: { compliance: PCI }\n`,
      fires: 0,
    },
  ],
  'alias-naming': [
    {
      name: 'no alias',
      keys: `  data:\n    environment: production\n    service: s3\n`,
      fires: 1,
      message: /has no alias/,
    },
    {
      name: 'camel case and underscores',
      keys: `  data:\n    environment: production\n    service: s3\n    aliases: [alias/ProdData, alias/prod_data]\n`,
      fires: 2,
    },
    {
      name: 'paths are fine',
      keys: `  data:\n    environment: production\n    service: s3\n    aliases: [alias/prod/s3/data]\n`,
      fires: 0,
    },
  ],
  'alias-environment-mismatch': [
    {
      name: 'a staging key with a prod alias',
      keys: `  cache:\n    environment: staging\n    service: redis\n    aliases: [alias/prod-cache]\n`,
      fires: 1,
      message: /names environment `prod`, but key `cache` is in `staging`/,
    },
    {
      name: 'a production key named after a declared environment of another key',
      keys: `  cache:\n    environment: production\n    service: redis\n    aliases: [alias/perf-cache]\n  perf:\n    environment: perf\n    service: redis\n    aliases: [alias/perf-redis]\n`,
      fires: 1,
    },
    {
      name: 'synonyms of the own environment (prod for production)',
      keys: `  cache:\n    environment: production\n    service: redis\n    aliases: [alias/prod-cache, alias/production/cache]\n`,
      fires: 0,
    },
  ],
  'compliance-isolation': [
    {
      name: 'a role uses a PCI key and a general key',
      keys: `${cleanKey('cards')}    compliance: pci\n    tags: { Compliance: pci }\n${cleanKey('profiles', 'production', 'dynamodb')}`,
      fires: 1,
      message: /role\/app` uses key `cards` of compliance domain `pci` and also `profiles`/,
    },
    {
      name: 'a grant to the PCI role on a general key counts as use',
      keys: `${cleanKey('cards')}    compliance: pci\n    tags: { Compliance: pci }\n  profiles:\n    environment: production\n    service: dynamodb\n    aliases: [alias/prod-profiles]\n    grants: [{ name: profiles, grantee: app, operations: [Decrypt] }]\n`,
      fires: 1,
    },
    {
      name: 'a PCI key and a general key with the same generated policy',
      keys: `${cleanKey('cards')}    compliance: pci\n    tags: { Compliance: pci }\n${cleanKey('photos')}`,
      fires: 1,
      message: /role\/app` uses key `cards` of compliance domain `pci` and also `photos`/,
    },
    {
      name: 'the administrator manages every key (not a user)',
      keys: `${cleanKey('cards')}    compliance: pci\n    tags: { Compliance: pci }\n  profiles:\n    environment: production\n    service: dynamodb\n    aliases: [alias/prod-profiles]\n    policy: { admins: [kms-admin], users: [other-app], via_service: [dynamodb] }\n`,
      fires: 0,
    },
  ],
  'policy-lockout-bypass': [
    {
      name: 'bypass set',
      keys: `${cleanKey('data')}    bypass_policy_lockout_safety_check: true\n`,
      fires: 1,
      line: keysLine(6),
    },
    { name: 'bypass not set', keys: cleanKey('data'), fires: 0 },
  ],
};

describe.each(Object.entries(CASES))('%s', (ruleId, cases) => {
  it.each(cases)('$name', (test) => {
    const findings = lint(ruleId, test);
    expect(findings).toHaveLength(test.fires);
    for (const finding of findings) expect(finding.rule).toBe(ruleId);
    if (test.line !== undefined) expect(findings[0]?.line).toBe(test.line);
    if (test.message !== undefined) expect(findings[0]?.message).toMatch(test.message);
    if (test.help !== undefined) expect(findings[0]?.help).toMatch(test.help);
  });
});

describe('compliance-isolation without a compliance domain', () => {
  it('evaluates no key policy when no key has a compliance domain', () => {
    const rule = LINT_RULES.find((candidate) => candidate.id === 'compliance-isolation');
    if (rule?.kind !== 'manifest') throw new Error('no manifest rule compliance-isolation');
    const desired = desiredOf(`${HEADER}keys:\n${cleanKey('cards')}${cleanKey('photos')}`);
    let policiesRead = 0;
    const counted = {
      ...desired,
      keys: desired.keys.map((key) =>
        Object.defineProperty({ ...key }, 'policy', {
          enumerable: true,
          get: () => {
            policiesRead += 1;
            return key.policy;
          },
        }),
      ),
    };
    expect(rule.check(counted)).toEqual([]);
    expect(policiesRead).toBe(0);
  });
});
