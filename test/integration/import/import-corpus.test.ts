/**
 * The emulator round trip of issue 15.8: keys seeded with key policies of the AWS-documented
 * corpus (test/core/import/corpus/), imported, planned (only the adoption), applied, planned
 * again (empty); the live policies are never rewritten.
 */
import { CreateKeyCommand, GetKeyPolicyCommand, type KMSClient } from '@aws-sdk/client-kms';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyPlan } from '../../../adapters/aws/apply-plan.ts';
import type { ManifestInput } from '../../../core/manifest/types.ts';
import { policiesEquivalent } from '../../../core/policy/policies-equivalent.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';
import { loadImportCorpus } from '../../core/import/measure-import-corpus.ts';
import { describeWithEmulator, resetEmulatorState } from '../../emulator/use-emulator.ts';
import {
  cli,
  createWorkspace,
  operatorKms,
  prepare,
  PRODUCTION,
  ROLE,
  type Workspace,
} from '../plan-apply/plan-apply-harness.ts';

/** Intent form, intent with extra statements, and raw, across services, organisations and key kinds. */
const SEEDED = [
  'default-console-admins-users',
  'default-signing-users',
  'external-account-decrypt-only',
  'logs-account',
  'cloudtrail-encrypt',
  'sqs-sns-scoped',
  'organization-paths',
  'autoscaling-slr',
  'secrets-manager-via-service',
  'external-account-root',
];

describeWithEmulator('import of AWS-documented key policies', () => {
  let workspace: Workspace;
  let kms: KMSClient;

  beforeEach(async () => {
    await resetEmulatorState();
    kms = await operatorKms(PRODUCTION);
    workspace = await createWorkspace();
  });
  afterEach(async () => {
    kms.destroy();
    await workspace.remove();
  });

  it('writes intent where it means the same: plan shows only the adoption, apply converges, policies untouched', async () => {
    const corpus = new Map(loadImportCorpus().map((entry) => [entry.name, entry]));
    const seeded = new Map<string, KeyPolicyDocument>();
    for (const name of SEEDED) {
      const entry = corpus.get(name);
      if (entry === undefined) throw new Error(`${name} is not in the corpus`);
      const created = await kms.send(
        new CreateKeyCommand({
          Description: name,
          Policy: JSON.stringify(entry.policy),
          ...(entry.key.keySpec === undefined
            ? {}
            : {
                KeySpec: entry.key.keySpec as 'ECC_NIST_P256',
                KeyUsage: entry.key.keyUsage as 'SIGN_VERIFY',
              }),
        }),
      );
      seeded.set(created.KeyMetadata?.Arn ?? '', entry.policy);
    }

    const run = await cli(
      ['import', '--account', PRODUCTION, '--account-name', 'production', '--role-to-assume', ROLE],
      workspace.dir,
    );
    expect(run.code).toBe(0);
    await workspace.write(run.stdout);
    const manifest = parse(run.stdout) as ManifestInput;
    const forms = Object.values(manifest.keys).map((key) =>
      key.policy === undefined
        ? 'unmanaged'
        : 'document' in key.policy
          ? 'document'
          : key.policy.extra_statements === undefined
            ? 'intent'
            : 'intent-extra',
    );
    expect(forms.filter((form) => form === 'intent')).toHaveLength(7);
    expect(forms.filter((form) => form === 'intent-extra')).toHaveLength(2);
    expect(forms.filter((form) => form === 'document')).toHaveLength(1);

    const before = await prepare('kms.yaml', workspace.dir);
    try {
      expect(before.plan.problems).toEqual([]);
      expect(before.plan.changes.map((change) => change.action)).toEqual(
        Array<string>(SEEDED.length).fill('adopt'),
      );
      const result = await applyPlan(before.plan, {
        clients: before.clients,
        allowDestructive: false,
        consistency: { timeoutMs: 2_000, initialDelayMs: 50 },
      });
      expect(result.failed).toBeUndefined();
    } finally {
      before.clients.destroy();
    }
    const after = await prepare('kms.yaml', workspace.dir);
    try {
      expect(after.plan.problems).toEqual([]);
      expect(after.plan.changes).toEqual([]);
    } finally {
      after.clients.destroy();
    }
    for (const [arn, policy] of seeded) {
      const live = await kms.send(new GetKeyPolicyCommand({ KeyId: arn, PolicyName: 'default' }));
      expect(
        policiesEquivalent(JSON.parse(live.Policy ?? '{}') as KeyPolicyDocument, policy),
        arn,
      ).toBe(true);
    }
  });
});
