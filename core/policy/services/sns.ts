import { eventSourceStatement } from './event-source-statement.ts';
import type { ServiceStatementGenerator } from './types.ts';

/**
 * Amazon SNS delivering messages from its topics to an SQS queue encrypted with the key (the
 * SQS guide's example service is `sns.amazonaws.com`, limited by `aws:SourceArn` to the topic).
 * Source: Amazon SQS Developer Guide, "Amazon SQS Key management", "Configure KMS permissions
 * for AWS services":
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html
 * `source_arns`: the topics (`arn:aws:sns:<region>:<account>:<topic>`).
 */
export const snsStatements: ServiceStatementGenerator = (use, key) => [
  eventSourceStatement('ServiceSns', 'sns.amazonaws.com', use, key),
];
