import { eventSourceStatement } from './event-source-statement.ts';
import type { ServiceStatementGenerator } from './types.ts';

/**
 * Amazon EventBridge: event buses encrypted with the key, and rules delivering to an SQS queue
 * encrypted with the key. Sources: Amazon EventBridge User Guide, "Authorizing EventBridge to
 * use a customer managed key" (`kms:DescribeKey`, `kms:GenerateDataKey`, `kms:Decrypt` for
 * `events.amazonaws.com`, with `aws:SourceArn`, `aws:sourceAccount` or the event bus
 * encryption context as the confused-deputy guard):
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-key-policy.html
 * and the SQS page (CloudWatch Events sends `aws:SourceArn` to encrypted queues, see
 * event-source-statement.ts). Not rules delivering to an encrypted SNS topic: the SNS page says
 * the source keys are "not supported for EventBridge-to-encrypted topics", so this statement
 * does not match those requests (docs/services.md gives the statement to write instead); nor
 * archives (they need `kms:ReEncrypt*`), connections (used through Secrets Manager) or Pipes
 * (the pipe's execution role). `source_arns`: the event buses and rules
 * (`arn:aws:events:<region>:<account>:event-bus/<name>`, `...:rule/<name>`).
 */
export const eventsStatements: ServiceStatementGenerator = (use, key) => {
  const statement = eventSourceStatement('ServiceEventBridge', 'events.amazonaws.com', use, key);
  return [
    statement,
    {
      ...statement,
      Sid: 'ServiceEventBridgeDescribeKey',
      Action: 'kms:DescribeKey',
    },
  ];
};
