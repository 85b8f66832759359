/**
 * The environment that points the AWS SDK (and so the CLI) at a local KMS emulator, and the
 * same as shell lines to paste in another terminal: `npm run emulator` and `npm run demo`
 * print it, so every command they show can be re-run by hand.
 */
export interface EmulatorEnvironment {
  /** Variables to set. */
  set: Record<string, string>;
  /** Variables to remove: they would send the SDK to a real account or profile. */
  unset: string[];
  /** POSIX shell lines (`unset ...`, `export NAME='value'`) that do the same. */
  shell: string;
}

export function describeEmulatorEnvironment(
  endpoint: string,
  extra: Readonly<Record<string, string>> = {},
): EmulatorEnvironment {
  // Dummy credentials and a loopback endpoint: nothing can reach a real AWS account.
  const set: Record<string, string> = {
    AWS_ENDPOINT_URL: endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'testing',
    AWS_SECRET_ACCESS_KEY: 'testing',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
  const unset = ['AWS_PROFILE', 'AWS_SESSION_TOKEN', 'AWS_DEFAULT_PROFILE'];
  const shell = [
    `unset ${unset.join(' ')}`,
    ...Object.entries(set).map(([name, value]) => `export ${name}=${quoteForShell(value)}`),
  ].join('\n');
  return { set, unset, shell };
}

/** One argument as a POSIX shell word: bare when it is plainly safe, else single-quoted. */
export function quoteForShell(value: string): string {
  if (/^[\w@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}
