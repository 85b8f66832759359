/** ACTIONS_ID_TOKEN_REQUEST_URL with the audience, spelled as @actions/core spells it. */
export function idTokenUrl(
  env: Readonly<Record<string, string | undefined>>,
  audience: string,
): string {
  const base = env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '';
  return audience === '' ? base : `${base}&audience=${encodeURIComponent(audience)}`;
}
