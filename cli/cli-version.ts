declare const __KMS_ACTION_VERSION__: string | undefined;

/** The version the bundle was built as (`development` when run from source). */
export function cliVersion(): string {
  return typeof __KMS_ACTION_VERSION__ === 'string' ? __KMS_ACTION_VERSION__ : 'development';
}
