import type { LiveKey } from '../plan/live-state.ts';
import { isManifestPrincipal } from './is-manifest-principal.ts';

const GRANT_NAME = /^[a-zA-Z0-9:/_-]{1,256}$/;
const GRANT_OPERATIONS = new Set([
  'Decrypt',
  'Encrypt',
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
  'ReEncryptFrom',
  'ReEncryptTo',
  'Sign',
  'Verify',
  'GetPublicKey',
  'CreateGrant',
  'RetireGrant',
  'DescribeKey',
  'GenerateDataKeyPair',
  'GenerateDataKeyPairWithoutPlaintext',
  'GenerateMac',
  'VerifyMac',
  'DeriveSharedSecret',
]);

/** Why a live grant cannot be written in the manifest; `undefined` when it can. */
export function grantProblem(grant: NonNullable<LiveKey['grants']>[number]): string | undefined {
  if (grant.name === undefined) return 'has no name (kms-action matches grants by name)';
  if (!GRANT_NAME.test(grant.name)) return 'has a name the manifest does not accept';
  if (!isManifestPrincipal(grant.granteePrincipal))
    return 'names a grantee that is not an IAM role, user or account';
  if (grant.retiringPrincipal !== undefined && !isManifestPrincipal(grant.retiringPrincipal))
    return 'names a retiring principal that is not an IAM role, user or account';
  if (grant.operations.some((operation) => !GRANT_OPERATIONS.has(operation)))
    return 'has operations the manifest does not know';
  return undefined;
}
