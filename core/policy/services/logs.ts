import { oneOrMany, type ServiceStatementGenerator } from './types.ts';

/**
 * CloudWatch Logs encrypting log groups with the key. Source: Amazon CloudWatch Logs User
 * Guide, "Encrypt log data in CloudWatch Logs using AWS Key Management Service", step 2
 * ("Set permissions on the KMS key"):
 * https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html
 * The principal is the Regional `logs.<region>.amazonaws.com`, so the key serves log groups of
 * its own Region only (the page: the key and the log group must be in the same Region). The
 * confused-deputy guard is the documented encryption-context condition
 * `kms:EncryptionContext:aws:logs:arn`: every log group of the key's account and Region, or
 * the log groups named in `log_groups`.
 */
export const logsStatements: ServiceStatementGenerator = (use, key) => {
  const suffix = key.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
  const logGroups =
    use.sources.length > 0
      ? use.sources
      : [`arn:${key.partition}:logs:${key.region}:${key.account}:*`];
  return [
    {
      Sid: 'ServiceLogs',
      Effect: 'Allow',
      Principal: { Service: `logs.${key.region}.${suffix}` },
      Action: [
        'kms:Decrypt*',
        'kms:Describe*',
        'kms:Encrypt*',
        'kms:GenerateDataKey*',
        'kms:ReEncrypt*',
      ],
      Resource: '*',
      Condition: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': oneOrMany(logGroups) } },
    },
  ];
};
