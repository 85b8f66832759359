/**
 * An AWS service principal (`logs.amazonaws.com`, `logs.us-east-1.amazonaws.com`,
 * `cloudtrail.amazonaws.com.cn`): lowercase DNS labels ending in the AWS service domain.
 * Bounded (at most 120 characters before the domain), so its cost does not grow with input.
 */
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]{0,120}\.amazonaws\.com(\.cn)?$/;

export function isServicePrincipal(value: string): boolean {
  return value.length <= 140 && SERVICE_PRINCIPAL.test(value);
}
