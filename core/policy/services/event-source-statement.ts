import type { PolicyStatement } from '../types.ts';
import { oneOrMany, type ServiceKeyPlacement, type ServiceUse } from './types.ts';

/**
 * The statement the SNS and SQS guides give an AWS service that delivers events to a topic or
 * queue encrypted with the key: `kms:GenerateDataKey*` and `kms:Decrypt`, limited to the
 * source resources. Sources: Amazon SNS Developer Guide, "Configuring AWS KMS permissions"
 * ("Enable compatibility between event sources from AWS services and encrypted topics"),
 * https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html , and Amazon SQS
 * Developer Guide, "Amazon SQS Key management" ("Configure KMS permissions for AWS services"),
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html
 * `aws:SourceAccount` is always set (the SNS page asks for it and `aws:SourceArn`; the SQS page
 * lists SNS, S3 and CloudWatch Events as sending `aws:SourceArn` but no service by service
 * for `aws:SourceAccount`: kept as the safer reading, docs/services.md gives the workaround);
 * `aws:SourceArn` narrows to the listed sources. Not for EventBridge to SNS topics, where the
 * SNS page says the source keys are not supported.
 */
export function eventSourceStatement(
  sid: string,
  principal: string,
  use: ServiceUse,
  key: ServiceKeyPlacement,
): PolicyStatement {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: { Service: principal },
    Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
    Resource: '*',
    Condition: {
      StringEquals: { 'aws:SourceAccount': key.account },
      ...(use.sources.length > 0 ? { ArnLike: { 'aws:SourceArn': oneOrMany(use.sources) } } : {}),
    },
  };
}
