import type { KeyPolicyDocument, PolicyStatement } from '../core/policy/types.ts';
import { grow } from './generate-hostile-policies.ts';

/** The Region the policies' ARNs and the import placement use. */
export const HOSTILE_IMPORT_REGION = 'eu-west-1';

/**
 * The worst key policies under 32 KB for `import`'s intent inference (core/import), besides
 * the evaluator's worst shapes (generate-hostile-policies.ts), each aimed at a loop that
 * compares generated statements with the whole live policy:
 * - `autoscaling-roles`: one `services:` candidate per Auto Scaling service-linked role named;
 * - `service-sources`: 16 sources of every service namespace, each tried alone;
 * - `extras-cross-account`: a rejected statement with many grants, and cross-account
 *   statements whose generated form each differs from the live one (the encryption context);
 * - `action-patterns`: thousands of wildcard action patterns that match no KMS action, each
 *   tried against every action by every inference round.
 */
export function generateHostileImportPolicies(account: string): Record<string, KeyPolicyDocument> {
  const region = HOSTILE_IMPORT_REGION;
  const root: PolicyStatement = {
    Sid: 'Root',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${account}:root` },
    Action: 'kms:*',
    Resource: '*',
  };
  const role = (index: number): string => `arn:aws:iam::${account}:role/r${String(index)}`;
  const everything = (roles: string[]): PolicyStatement => ({
    Effect: 'Allow',
    Principal: { AWS: roles },
    Action: 'kms:*',
    Resource: '*',
  });
  const sources = [
    (index: number) => `arn:aws:cloudtrail:${region}:${account}:trail/t${String(index)}`,
    (index: number) => `arn:aws:cloudwatch:${region}:${account}:alarm:a${String(index)}`,
    (index: number) => `arn:aws:events:${region}:${account}:rule/r${String(index)}`,
    (index: number) => `arn:aws:guardduty:${region}:${account}:detector/d${String(index)}`,
    (index: number) => `arn:aws:logs:${region}:${account}:log-group:g${String(index)}`,
    (index: number) => `arn:aws:route53:::hostedzone/Z${String(index)}`,
    (index: number) => `arn:aws:s3:::b${String(index)}`,
    (index: number) => `arn:aws:sns:${region}:${account}:t${String(index)}`,
  ].flatMap((make) => Array.from({ length: 16 }, (_, index) => make(index)));
  return {
    'autoscaling-roles': grow(
      (index) =>
        `arn:aws:iam::${account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling_s${String(index)}`,
      (roles) => ({ Version: '2012-10-17', Statement: [root, everything(roles)] }),
    ),
    'service-sources': grow(role, (roles) => ({
      Version: '2012-10-17',
      Statement: [
        root,
        {
          Effect: 'Allow',
          Principal: { Service: 'logs.amazonaws.com' },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: { ArnLike: { 'aws:SourceArn': sources } },
        },
        everything(roles),
      ],
    })),
    'extras-cross-account': grow(
      (index) => index,
      (indexes) => ({
        Version: '2012-10-17',
        Statement: [
          root,
          {
            ...everything(indexes.map(role)),
            Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } },
          },
          {
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::000000000001:role/a' },
            Action: 'kms:Decrypt',
            Resource: '*',
            Condition: { StringEquals: { 'kms:EncryptionContext:k': 'v0' } },
          },
          {
            Effect: 'Allow',
            Principal: {
              AWS: indexes.map((index) => `arn:aws:iam::222222222222:role/p${String(index)}`),
            },
            Action: 'kms:Decrypt',
            Resource: '*',
            Condition: { StringEquals: { 'kms:EncryptionContext:k': 'v1' } },
          },
        ],
      }),
    ),
    'action-patterns': grow(
      (index) => `kms:Z*${String(index)}?*`,
      (patterns) => ({
        Version: '2012-10-17',
        Statement: [
          root,
          { Effect: 'Allow', Principal: { AWS: role(0) }, Action: patterns, Resource: '*' },
          {
            Effect: 'Allow',
            Principal: { AWS: role(1) },
            Action: patterns,
            Resource: '*',
            Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } },
          },
        ],
      }),
    ),
  };
}
