import { errorMessage } from '../../core/errors.ts';

/** Name and message of an AWS SDK error, with what to check for the common ones. */
export function describeAwsError(error: unknown): {
  name: string;
  message: string;
  advice?: string;
} {
  const name = error instanceof Error ? error.name : 'Error';
  const message = errorMessage(error) || '(no message)';
  switch (name) {
    case 'AccessDeniedException':
    case 'AccessDenied':
    case 'AccessDeniedFault':
      return {
        name,
        message,
        advice: 'the role needs this permission in its IAM policy and in the key policy',
      };
    case 'UnrecognizedClientException':
    case 'InvalidClientTokenId':
    case 'ExpiredTokenException':
      return { name, message, advice: 'the AWS credentials are missing, invalid or expired' };
    case 'LimitExceededException':
      return {
        name,
        message,
        advice:
          'an account quota is reached (keys, aliases, grants or request rate): raise it in Service Quotas or remove unused resources',
      };
    case 'KMSInvalidStateException':
      return {
        name,
        message,
        advice:
          'the key is in a state that forbids this call (e.g. pending deletion); plan again to see its state',
      };
    case 'MalformedPolicyDocumentException':
      return {
        name,
        message,
        advice:
          'KMS rejected the key policy: a principal may not exist (yet), or the policy would lock out the caller',
      };
    default:
      return { name, message };
  }
}
