import { eventSourceStatement } from './event-source-statement.ts';
import type { ServiceStatementGenerator } from './types.ts';

/**
 * Amazon S3 event notifications delivered to an SNS topic or SQS queue encrypted with the key.
 * Source: Amazon S3 User Guide, "Granting permissions to publish event notification messages
 * to a destination" ("AWS KMS key policy": `kms:GenerateDataKey` and `kms:Decrypt` for
 * `s3.amazonaws.com`), with the source conditions of the SNS/SQS pages (see
 * event-source-statement.ts):
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html
 * S3 server access logs (principal `logging.s3.amazonaws.com`) to a bucket encrypted with the
 * key are not covered: no key policy statement for them was found in the S3 documentation to
 * follow. S3 to EventBridge needs no key statement for S3; an encrypted event bus is `events`.
 * `source_arns`: the buckets (`arn:aws:s3:::<bucket>`).
 */
export const s3Statements: ServiceStatementGenerator = (use, key) => [
  eventSourceStatement('ServiceS3', 's3.amazonaws.com', use, key),
];
