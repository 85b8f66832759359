import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../../core/manifest/read-manifest.ts';
import { SERVICE_NAMES } from '../../../../core/policy/services/types.ts';
import type { PolicyStatement } from '../../../../core/policy/types.ts';

const ACCOUNT = '111122223333';

/**
 * The condition keys (`Operator key`) each generated statement carries, as the cited AWS page
 * writes that statement. A key the page does not show may make the service's own request fail
 * (the service need not send it); a key the page shows and the statement lacks is a
 * confused-deputy hole. docs/services.md quotes each page's conditions.
 */
const DOCUMENTED: Record<
  string,
  { entry: string; key?: string; statements: Record<string, string[]> }
> = {
  autoscaling: {
    entry: '{ service: autoscaling }',
    statements: {
      ServiceAutoScalingUse: [],
      ServiceAutoScalingGrants: ['Bool kms:GrantIsForAWSResource'],
    },
  },
  cloudtrail: {
    entry: '{ service: cloudtrail, trails: [org-trail] }',
    statements: {
      ServiceCloudTrailEncrypt: [
        'StringEquals aws:SourceArn',
        'StringLike kms:EncryptionContext:aws:cloudtrail:arn',
      ],
      ServiceCloudTrailDescribeKey: ['StringEquals aws:SourceArn'],
    },
  },
  cloudwatch: {
    entry: `{ service: cloudwatch, source_arns: ["arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:*"] }`,
    statements: {
      ServiceCloudWatchAlarms: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'],
    },
  },
  config: {
    entry: '{ service: config }',
    statements: { ServiceConfig: ['StringEquals aws:SourceAccount'] },
  },
  events: {
    entry: `{ service: events, source_arns: ["arn:aws:events:us-east-1:${ACCOUNT}:event-bus/orders"] }`,
    statements: {
      ServiceEventBridge: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'],
      ServiceEventBridgeDescribeKey: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'],
    },
  },
  guardduty: {
    entry: `{ service: guardduty, source_arns: ["arn:aws:guardduty:us-east-1:${ACCOUNT}:detector/d1"] }`,
    statements: {
      ServiceGuardDuty: ['StringEquals aws:SourceAccount', 'StringEquals aws:SourceArn'],
    },
  },
  logs: {
    entry: '{ service: logs }',
    statements: { ServiceLogs: ['ArnLike kms:EncryptionContext:aws:logs:arn'] },
  },
  'route53-dnssec': {
    entry: '{ service: route53-dnssec }',
    key: 'key_spec: ECC_NIST_P256\n    key_usage: SIGN_VERIFY',
    statements: {
      ServiceRoute53Dnssec: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'],
      ServiceRoute53DnssecGrant: ['Bool kms:GrantIsForAWSResource'],
    },
  },
  s3: {
    entry: '{ service: s3, source_arns: ["arn:aws:s3:::orders-uploads"] }',
    statements: { ServiceS3: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'] },
  },
  ses: {
    entry: '{ service: ses }',
    statements: {
      ServiceSes: [
        'Null kms:EncryptionContext:aws:ses:message-id',
        'Null kms:EncryptionContext:aws:ses:rule-name',
        'StringEquals kms:EncryptionContext:aws:ses:source-account',
      ],
    },
  },
  sns: {
    entry: `{ service: sns, source_arns: ["arn:aws:sns:us-east-1:${ACCOUNT}:orders"] }`,
    statements: { ServiceSns: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'] },
  },
};

function serviceStatements(entry: string, key = ''): PolicyStatement[] {
  const text = `version: 1
keys:
  k:
    account: "${ACCOUNT}"
    region: us-east-1
    ${key}
    policy:
      admins: [arn:aws:iam::${ACCOUNT}:role/kms-admin]
      services: [${entry}]
`;
  const result = readManifest('kms.yaml', text, { repository: 'o/r', manifestPath: 'kms.yaml' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const statements = result.desired.keys[0]?.policy?.document.Statement ?? [];
  return statements.filter((statement) => statement.Sid?.startsWith('Service'));
}

function conditionKeys(statement: PolicyStatement): string[] {
  return Object.entries(statement.Condition ?? {})
    .flatMap(([operator, block]) => Object.keys(block).map((key) => `${operator} ${key}`))
    .sort();
}

describe('service statements carry exactly the conditions of their AWS page', () => {
  it('covers every service', () => {
    expect(Object.keys(DOCUMENTED).sort()).toEqual([...SERVICE_NAMES].sort());
  });

  it.each(Object.entries(DOCUMENTED))('%s', (_name, { entry, key, statements }) => {
    const generated = Object.fromEntries(
      serviceStatements(entry, key).map((statement) => [
        statement.Sid ?? '',
        conditionKeys(statement),
      ]),
    );
    expect(generated).toEqual(
      Object.fromEntries(Object.entries(statements).map(([sid, keys]) => [sid, [...keys].sort()])),
    );
  });
});
