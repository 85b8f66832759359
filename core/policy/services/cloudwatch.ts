import { eventSourceStatement } from './event-source-statement.ts';
import type { ServiceStatementGenerator } from './types.ts';

/**
 * CloudWatch alarms publishing to an SNS topic encrypted with the key: the SNS page's event
 * source statement for `cloudwatch.amazonaws.com` (see event-source-statement.ts), with the
 * `aws:SourceAccount` and `aws:SourceArn` its step 3 asks for (its exception for those keys
 * names EventBridge only). Source:
 * Amazon SNS Developer Guide, "Configuring AWS KMS permissions":
 * https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html
 * `source_arns`: the alarms (`arn:aws:cloudwatch:<region>:<account>:alarm:<name>`).
 */
export const cloudwatchStatements: ServiceStatementGenerator = (use, key) => [
  eventSourceStatement('ServiceCloudWatchAlarms', 'cloudwatch.amazonaws.com', use, key),
];
