/** `350000` as `350,000` (without Intl, whose first use costs tens of milliseconds). */
export function withThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/g, ',');
}
