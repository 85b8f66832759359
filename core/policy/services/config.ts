import type { ServiceStatementGenerator } from './types.ts';

/**
 * AWS Config delivering configuration items to an S3 bucket encrypted with the key (Config
 * set up with its service-linked role sends as the service principal). Source: AWS Config
 * Developer Guide, "Permissions for the KMS Key for the AWS Config Delivery Channel",
 * "Granting AWS Config access to the AWS KMS Key":
 * https://docs.aws.amazon.com/config/latest/developerguide/s3-kms-key-policy.html
 */
export const configStatements: ServiceStatementGenerator = (_use, key) => [
  {
    Sid: 'ServiceConfig',
    Effect: 'Allow',
    Principal: { Service: 'config.amazonaws.com' },
    Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
    Resource: '*',
    Condition: { StringEquals: { 'aws:SourceAccount': key.account } },
  },
];
