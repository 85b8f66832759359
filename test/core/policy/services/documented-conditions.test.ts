import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../../core/manifest/read-manifest.ts';
import { SERVICE_NAMES } from '../../../../core/policy/services/types.ts';
import type { PolicyStatement } from '../../../../core/policy/types.ts';

const ACCOUNT = '111122223333';

/**
 * The condition keys (`Operator key`) each generated statement carries, as the cited AWS page
 * writes that statement. A key the page does not show may make the service's own request fail
 * (the service need not send it); a key the page shows and the statement lacks is a
 * confused-deputy hole. docs/services.md quotes each page's conditions, in the row of its
 * "Conditions and their sources" table that names the service: `pages` must be cited there.
 */
const DOCUMENTED: Record<
  string,
  { pages: string[]; entry: string; key?: string; statements: Record<string, string[]> }
> = {
  autoscaling: {
    pages: [
      'https://docs.aws.amazon.com/autoscaling/ec2/userguide/key-policy-requirements-EBS-encryption.html',
    ],
    entry: '{ service: autoscaling }',
    statements: {
      ServiceAutoScalingUse: [],
      ServiceAutoScalingGrants: ['Bool kms:GrantIsForAWSResource'],
    },
  },
  cloudtrail: {
    pages: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html',
    ],
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
    pages: ['https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html'],
    entry: `{ service: cloudwatch, source_arns: ["arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:*"] }`,
    statements: {
      ServiceCloudWatchAlarms: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'],
    },
  },
  config: {
    pages: ['https://docs.aws.amazon.com/config/latest/developerguide/s3-kms-key-policy.html'],
    entry: '{ service: config }',
    statements: { ServiceConfig: ['StringEquals aws:SourceAccount'] },
  },
  events: {
    pages: [
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-key-policy.html',
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-event-bus-cmkey.html',
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html',
    ],
    entry: `{ service: events, source_arns: ["arn:aws:events:us-east-1:${ACCOUNT}:event-bus/orders"] }`,
    statements: {
      ServiceEventBridge: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'],
      ServiceEventBridgeDescribeKey: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'],
    },
  },
  guardduty: {
    pages: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_exportfindings.html'],
    entry: `{ service: guardduty, source_arns: ["arn:aws:guardduty:us-east-1:${ACCOUNT}:detector/d1"] }`,
    statements: {
      ServiceGuardDuty: ['StringEquals aws:SourceAccount', 'StringEquals aws:SourceArn'],
    },
  },
  logs: {
    pages: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html'],
    entry: '{ service: logs }',
    statements: { ServiceLogs: ['ArnLike kms:EncryptionContext:aws:logs:arn'] },
  },
  'route53-dnssec': {
    pages: [
      'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/access-control-managing-permissions.html#KMS-key-policy-for-DNSSEC',
    ],
    entry: '{ service: route53-dnssec }',
    key: 'key_spec: ECC_NIST_P256\n    key_usage: SIGN_VERIFY',
    statements: {
      ServiceRoute53Dnssec: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'],
      ServiceRoute53DnssecGrant: ['Bool kms:GrantIsForAWSResource'],
    },
  },
  s3: {
    pages: [
      'https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html',
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html',
    ],
    entry: '{ service: s3, source_arns: ["arn:aws:s3:::orders-uploads"] }',
    statements: { ServiceS3: ['ArnLike aws:SourceArn', 'StringEquals aws:SourceAccount'] },
  },
  ses: {
    pages: ['https://docs.aws.amazon.com/kms/latest/developerguide/services-ses.html'],
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
    pages: [
      'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html',
    ],
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

/** The rows of docs/services.md's "Conditions and their sources" table naming `service`. */
function conditionRows(service: string): string[] {
  const doc = readFileSync('docs/services.md', 'utf8');
  const start = doc.indexOf('## Conditions and their sources');
  const end = doc.indexOf('\n## ', start + 1);
  return doc
    .slice(start, end === -1 ? undefined : end)
    .split('\n')
    .filter((line) => (line.split('|')[1] ?? '').includes(`\`${service}\``));
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

  it.each(Object.entries(DOCUMENTED))(
    '%s: its pages are cited in the docs table',
    (name, { pages }) => {
      const rows = conditionRows(name).join('\n');
      expect(rows).not.toBe('');
      for (const page of pages) expect(rows).toContain(page);
    },
  );

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
