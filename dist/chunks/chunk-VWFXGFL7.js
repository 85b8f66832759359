import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);
import {
  AwsAccessError,
  errorMessage
} from "./chunk-OXRK6FS4.js";

// adapters/aws/to-aws-access-error.ts
var DENIED = /* @__PURE__ */ new Set([
  "AccessDeniedException",
  "AccessDenied",
  "UnauthorizedOperation",
  "UnauthorizedException"
]), BAD_CREDENTIALS = /* @__PURE__ */ new Set([
  "UnrecognizedClientException",
  "InvalidClientTokenId",
  "InvalidSignatureException",
  "SignatureDoesNotMatch",
  "ExpiredToken",
  "ExpiredTokenException",
  "CredentialsProviderError"
]), THROTTLED = /* @__PURE__ */ new Set([
  "ThrottlingException",
  "Throttling",
  "TooManyRequestsException",
  "RequestLimitExceeded"
]), UNREACHABLE_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE"
]);
function awsErrorName(error) {
  if (typeof error != "object" || error === null) return "Error";
  let shape = error;
  return typeof shape.code == "string" && UNREACHABLE_CODES.has(shape.code) ? shape.code : typeof shape.name == "string" ? shape.name : "Error";
}
function awsHttpStatus(error) {
  if (!(typeof error != "object" || error === null))
    return error.$metadata?.httpStatusCode;
}
function isThrottled(error) {
  return THROTTLED.has(awsErrorName(error)) || awsHttpStatus(error) === 429;
}
function isAccessDenied(error) {
  return DENIED.has(awsErrorName(error)) || awsHttpStatus(error) === 403;
}
function toAwsAccessError(error, call) {
  if (error instanceof AwsAccessError) return error;
  let name = awsErrorName(error), status = awsHttpStatus(error), attempts = typeof error == "object" && error !== null ? error.$metadata?.attempts : void 0, detail = errorMessage(error).trim(), what = `${call.operation} on ${call.target ?? `account ${call.account}`} (account ${call.account}, region ${call.region})`, said = detail === "" || detail === name ? name : `${name}: ${detail}`, permission = `${call.service === "tagging" ? "tag" : call.service}:${call.operation}`, message;
  return DENIED.has(name) || status === 403 ? message = `${what} was denied (${said}). Allow ${permission} for the calling principal` + (call.service === "kms" && call.target !== void 0 ? " in its IAM policy and in the key policy" : " in its IAM policy") + `, and check that the credentials used for account ${call.account} are the intended role.` : BAD_CREDENTIALS.has(name) ? message = `${what} was refused: the credentials are not valid there (${said}). Check the credentials or the role assumed for account ${call.account} (expired session, wrong partition or endpoint ${call.endpoint}).` : THROTTLED.has(name) || status === 429 ? message = `${what} was still throttled after ${attempts === void 0 ? "all" : String(attempts)} attempts (${said}). Lower the concurrency, raise AWS_MAX_ATTEMPTS, or request a higher KMS request quota for the account.` : UNREACHABLE_CODES.has(name) || name === "TimeoutError" || name === "RequestTimeout" ? message = `${what} could not reach ${call.endpoint} (${said}). Check AWS_ENDPOINT_URL, the region, and the network or proxy settings.` : message = `${what} failed (${said}${status === void 0 ? "" : `, HTTP ${String(status)}`}).`, new AwsAccessError(message, { cause: error });
}

export {
  awsErrorName,
  awsHttpStatus,
  isThrottled,
  isAccessDenied,
  toAwsAccessError
};
