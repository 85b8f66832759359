import { AwsAccessError, errorMessage } from '../../core/errors.ts';

/** One AWS call, described for an error message. */
export interface AwsCall {
  /** API operation, e.g. `DescribeKey`. */
  operation: string;
  service: 'kms' | 'tagging' | 'sts';
  account: string;
  region: string;
  /** The key (id or ARN) the call was about, if any. */
  target?: string;
  /** Where the call went, e.g. `https://kms.us-east-1.amazonaws.com`. */
  endpoint: string;
}

const DENIED = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'UnauthorizedException',
]);
const BAD_CREDENTIALS = new Set([
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'ExpiredToken',
  'ExpiredTokenException',
  'CredentialsProviderError',
]);
const THROTTLED = new Set([
  'ThrottlingException',
  'Throttling',
  'TooManyRequestsException',
  'RequestLimitExceeded',
]);
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

interface SdkErrorShape {
  name?: unknown;
  code?: unknown;
  message?: unknown;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

/** The error's AWS error name (`AccessDeniedException`), or its Node code (`ECONNREFUSED`). */
export function awsErrorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return 'Error';
  const shape = error as SdkErrorShape;
  if (typeof shape.code === 'string' && UNREACHABLE_CODES.has(shape.code)) return shape.code;
  return typeof shape.name === 'string' ? shape.name : 'Error';
}

/** The HTTP status of a failed SDK call, when the service answered. */
export function awsHttpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  return (error as SdkErrorShape).$metadata?.httpStatusCode;
}

/** A throttling answer (any AWS service's name for it, or HTTP 429). */
export function isThrottled(error: unknown): boolean {
  return THROTTLED.has(awsErrorName(error)) || awsHttpStatus(error) === 429;
}

export function isAccessDenied(error: unknown): boolean {
  return DENIED.has(awsErrorName(error)) || awsHttpStatus(error) === 403;
}

/**
 * Turns a failed AWS SDK call into an AwsAccessError whose message names the call, the key,
 * the account and Region, and what to check. The original error is kept as `cause`.
 */
export function toAwsAccessError(error: unknown, call: AwsCall): AwsAccessError {
  if (error instanceof AwsAccessError) return error;
  const name = awsErrorName(error);
  const status = awsHttpStatus(error);
  const attempts =
    typeof error === 'object' && error !== null
      ? (error as SdkErrorShape).$metadata?.attempts
      : undefined;
  const detail = errorMessage(error).trim();
  const what =
    `${call.operation} on ${call.target ?? `account ${call.account}`} ` +
    `(account ${call.account}, region ${call.region})`;
  const said = detail === '' || detail === name ? name : `${name}: ${detail}`;
  const permission = `${call.service === 'tagging' ? 'tag' : call.service}:${call.operation}`;

  let message: string;
  if (DENIED.has(name) || status === 403) {
    message =
      `${what} was denied (${said}). Allow ${permission} for the calling principal` +
      (call.service === 'kms' && call.target !== undefined
        ? ' in its IAM policy and in the key policy'
        : ' in its IAM policy') +
      `, and check that the credentials used for account ${call.account} are the intended role.`;
  } else if (BAD_CREDENTIALS.has(name)) {
    message =
      `${what} was refused: the credentials are not valid there (${said}). Check the credentials ` +
      `or the role assumed for account ${call.account} (expired session, wrong partition or endpoint ${call.endpoint}).`;
  } else if (THROTTLED.has(name) || status === 429) {
    message =
      `${what} was still throttled after ${attempts === undefined ? 'all' : String(attempts)} attempts (${said}). ` +
      'Lower the concurrency, raise AWS_MAX_ATTEMPTS, or request a higher KMS request quota for the account.';
  } else if (UNREACHABLE_CODES.has(name) || name === 'TimeoutError' || name === 'RequestTimeout') {
    message =
      `${what} could not reach ${call.endpoint} (${said}). Check AWS_ENDPOINT_URL, the region, ` +
      'and the network or proxy settings.';
  } else {
    message = `${what} failed (${said}${status === undefined ? '' : `, HTTP ${String(status)}`}).`;
  }
  return new AwsAccessError(message, { cause: error });
}
