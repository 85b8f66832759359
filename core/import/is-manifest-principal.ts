/** Principals the manifest accepts (the schema's `principals` pattern). */
const IAM_PRINCIPAL =
  /^arn:aws(-cn|-us-gov|-iso|-iso-b)?:(iam::[0-9]{12}:(root|(role|user)\/[\w+=,.@/-]{1,512})|sts::[0-9]{12}:assumed-role\/[\w+=,.@/-]+)$/;

export function isManifestPrincipal(arn: string): boolean {
  return IAM_PRINCIPAL.test(arn);
}
