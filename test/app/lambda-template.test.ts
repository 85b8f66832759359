/**
 * examples/app/lambda.yaml deploys the bundle as it is: its handler is a file of dist/ that
 * exports `handler`, and the environment it gives the function (with the secret the function
 * reads when it starts, planning on) is one the app accepts.
 */
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, type ScalarTag, type CollectionTag } from 'yaml';
import { readAppSettings } from '../../app/read-app-settings.ts';
import { withAppSecret } from '../../app/with-app-secret.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const TEMPLATE = join(ROOT, 'examples/app/lambda.yaml');

/** CloudFormation's short-form functions, kept as `{ fn, value }` for the test to resolve. */
const INTRINSICS = ['Sub', 'Ref', 'GetAtt', 'If', 'Not', 'Equals'].flatMap(
  (fn): (ScalarTag | CollectionTag)[] => [
    { tag: `!${fn}`, resolve: (value: string) => ({ fn, value }) },
    {
      tag: `!${fn}`,
      collection: 'seq',
      resolve: (seq) => ({ fn, value: (seq as { toJSON: () => unknown }).toJSON() }),
    },
  ],
);

interface Intrinsic {
  fn: string;
  value: unknown;
}

const template = parse(readFileSync(TEMPLATE, 'utf8'), { customTags: INTRINSICS }) as {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
};
const fn = template.Resources['AppFunction']?.Properties ?? {};

/** The value a variable takes with planning on. */
function resolve(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const intrinsic = value as Intrinsic;
  if (intrinsic.fn === 'Ref' && intrinsic.value === 'LogLevel') return 'info';
  if (intrinsic.fn === 'Ref' && intrinsic.value === 'PlanAccounts')
    return '{"acme/platform-keys": ["111122223333"]}';
  if (intrinsic.fn === 'Ref' && intrinsic.value === 'AWS::NoValue') return undefined;
  if (intrinsic.fn === 'Ref' && intrinsic.value === 'AppSecretName') return 'kms-action-app';
  if (intrinsic.fn === 'If') return resolve((intrinsic.value as unknown[])[1]);
  if (intrinsic.fn === 'Sub') {
    return (intrinsic.value as string)
      .replaceAll('${AWS::Partition}', 'aws')
      .replaceAll('${AWS::Region}', 'us-east-1')
      .replaceAll('${AWS::AccountId}', '111122223333')
      .replaceAll('${PlanRoleName}', 'kms-action-read')
      .replaceAll('${AppSecretName}', 'kms-action-app');
  }
  throw new Error(`unexpected ${JSON.stringify(value)} in the template's environment`);
}

describe('examples/app/lambda.yaml', () => {
  it('points at the bundled Lambda entry, which exports handler', () => {
    expect(fn['Handler']).toBe('app/lambda.handler');
    const entry = join(ROOT, 'examples/app', fn['CodeUri'] as string, 'app/lambda.js');
    expect(existsSync(entry)).toBe(true);
    expect(readFileSync(entry, 'utf8')).toMatch(/export\s*\{[^}]*\bhandler\b/);
    expect(readFileSync(join(ROOT, 'dist/package.json'), 'utf8')).toContain('"module"');
  });

  it('gives the function an environment the app accepts, its secrets read at start', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const secret = {
      APP_ID: '123456',
      WEBHOOK_SECRET: 'a-webhook-secret',
      PRIVATE_KEY: Buffer.from(pem).toString('base64'),
    };
    const variables = (fn['Environment'] as { Variables: Record<string, unknown> }).Variables;
    const env = Object.fromEntries(
      Object.entries(variables).map(([name, value]) => [name, resolve(value)]),
    );
    expect(Object.keys(env)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(APP_ID|WEBHOOK_SECRET|PRIVATE_KEY)$/)]),
    );
    expect(env['KMS_ACTION_PLAN_ROLE']).toBe('arn:aws:iam::{account}:role/kms-action-read');
    const readSecret = (id: string) =>
      Promise.resolve(id === env['APP_SECRET_ID'] ? JSON.stringify(secret) : undefined);
    const settings = readAppSettings({
      ...(await withAppSecret(env, readSecret)),
      AWS_REGION: 'us-east-1',
    });
    expect(settings.appId).toBe(123456);
    expect(settings.privateKey).toContain('BEGIN RSA PRIVATE KEY');
    expect(settings.planner).toBeDefined();
  });

  it("lets the function's role read that one secret and no other", () => {
    const role = template.Resources['AppRole']?.Properties ?? {};
    const statements = (
      role['Policies'] as { PolicyName?: string; PolicyDocument?: { Statement: unknown[] } }[]
    )
      .filter((policy) => policy.PolicyName !== undefined)
      .flatMap((policy) => policy.PolicyDocument?.Statement ?? [])
      .map((statement) => statement as { Action: unknown; Resource: unknown })
      .filter(({ Action }) => JSON.stringify(Action).includes('secretsmanager'))
      .map(({ Action, Resource }) => ({ Action, Resource: resolve(Resource) }));
    expect(statements).toEqual([
      {
        Action: 'secretsmanager:GetSecretValue',
        Resource: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:kms-action-app-??????',
      },
    ]);
  });
});
