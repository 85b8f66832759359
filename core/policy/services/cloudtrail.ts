import { oneOrMany, type ServiceStatementGenerator } from './types.ts';

/**
 * CloudTrail encrypting trail log files and digests with the key. Source: AWS CloudTrail User
 * Guide, "Configure AWS KMS key policies for CloudTrail", sections "Granting encrypt
 * permissions for trails" (with the `aws:SourceArn` condition) and "Enable CloudTrail to
 * describe a KMS key":
 * https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html
 * Encryption is scoped twice, as the page shows: `kms:EncryptionContext:aws:cloudtrail:arn`
 * names trails of the key's account, and `aws:SourceArn` names the trails in `trails` (any
 * trail of the account when none is listed). Log readers are ordinary key `users`.
 */
export const cloudtrailStatements: ServiceStatementGenerator = (use, key) => {
  const anyTrail = `arn:${key.partition}:cloudtrail:*:${key.account}:trail/*`;
  const source =
    use.sources.length > 0
      ? { StringEquals: { 'aws:SourceArn': oneOrMany(use.sources) } }
      : { ArnLike: { 'aws:SourceArn': anyTrail } };
  const principal = { Service: 'cloudtrail.amazonaws.com' };
  return [
    {
      Sid: 'ServiceCloudTrailEncrypt',
      Effect: 'Allow',
      Principal: principal,
      Action: 'kms:GenerateDataKey*',
      Resource: '*',
      Condition: {
        ...source,
        StringLike: { 'kms:EncryptionContext:aws:cloudtrail:arn': anyTrail },
      },
    },
    {
      Sid: 'ServiceCloudTrailDescribeKey',
      Effect: 'Allow',
      Principal: principal,
      Action: 'kms:DescribeKey',
      Resource: '*',
      Condition: source,
    },
  ];
};
