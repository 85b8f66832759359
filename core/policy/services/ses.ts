import type { ServiceStatementGenerator } from './types.ts';

/**
 * Amazon SES encrypting received email (receipt rule S3 action) with the key. Source: AWS KMS
 * Developer Guide, "How Amazon Simple Email Service (Amazon SES) uses AWS KMS", "Giving
 * Amazon SES permission to use your AWS KMS key":
 * https://docs.aws.amazon.com/kms/latest/developerguide/services-ses.html
 * The confused-deputy guard is the documented encryption context: SES must name the receipt
 * rule and message, and `aws:ses:source-account` must be the key's account. (The SES guide,
 * receiving-email-permissions, gives the same grant guarded by `AWS:SourceAccount` and
 * `AWS:SourceArn` instead.) Not a receipt rule whose S3 action uses an IAM role (the role calls
 * KMS), nor SES notifications to an encrypted SNS topic.
 */
export const sesStatements: ServiceStatementGenerator = (_use, key) => [
  {
    Sid: 'ServiceSes',
    Effect: 'Allow',
    Principal: { Service: 'ses.amazonaws.com' },
    Action: 'kms:GenerateDataKey*',
    Resource: '*',
    Condition: {
      Null: {
        'kms:EncryptionContext:aws:ses:message-id': 'false',
        'kms:EncryptionContext:aws:ses:rule-name': 'false',
      },
      StringEquals: { 'kms:EncryptionContext:aws:ses:source-account': key.account },
    },
  },
];
