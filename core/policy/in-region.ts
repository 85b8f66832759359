/** A replica's ARN: its primary's in another Region (a multi-Region key keeps its id). */
export function inRegion(arn: string, region: string): string {
  const parts = arn.split(':');
  parts[3] = region;
  return parts.join(':');
}
