import { oneOrMany, type ServiceStatementGenerator } from './types.ts';

/**
 * GuardDuty exporting findings to an S3 bucket encrypted with the key. Source: Amazon
 * GuardDuty User Guide, "Exporting generated GuardDuty findings to Amazon S3 buckets",
 * "Step 2 – Attaching policy to your KMS key":
 * https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_exportfindings.html
 * The page requires the bucket and the key in the same Region (not something a key policy
 * can check). `source_arns`: the detectors (`arn:aws:guardduty:<region>:<account>:detector/<id>`).
 */
export const guarddutyStatements: ServiceStatementGenerator = (use, key) => [
  {
    Sid: 'ServiceGuardDuty',
    Effect: 'Allow',
    Principal: { Service: 'guardduty.amazonaws.com' },
    Action: 'kms:GenerateDataKey',
    Resource: '*',
    Condition: {
      StringEquals: {
        'aws:SourceAccount': key.account,
        ...(use.sources.length > 0 ? { 'aws:SourceArn': oneOrMany(use.sources) } : {}),
      },
    },
  },
];
