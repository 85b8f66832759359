import { eventSourceStatement } from './event-source-statement.ts';
import type { ServiceStatementGenerator } from './types.ts';

/**
 * Amazon EventBridge: rules delivering to an SNS topic or SQS queue encrypted with the key
 * (source: the SNS and SQS pages, see event-source-statement.ts), and event buses encrypted
 * with the key. Source for the latter: Amazon EventBridge User Guide, "Authorizing EventBridge
 * to use a customer managed key" (`kms:DescribeKey`, `kms:GenerateDataKey`, `kms:Decrypt` for
 * `events.amazonaws.com`, with `aws:SourceAccount` / `aws:SourceArn` as the confused-deputy
 * guard):
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-encryption-key-policy.html
 * `source_arns`: the rules or event buses (`arn:aws:events:<region>:<account>:rule/<name>`,
 * `...:event-bus/<name>`).
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
