import { parsePrincipal } from '../policy/parse-principal.ts';

/**
 * The `keep_grants` grantee that keeps grants to `grantee`: the grantee itself, or for a
 * session of an AWS-reserved role (`arn:aws:sts::<account>:assumed-role/aws:ec2-infrastructure/<instance id>`)
 * the role, which keeps the grants to all its sessions (EC2 makes one per instance).
 */
export function keepGranteeOf(grantee: string): string {
  const parsed = parsePrincipal(grantee);
  if (parsed.kind !== 'assumed-role' || !parsed.role.startsWith('aws:')) return grantee;
  return `arn:${parsed.partition}:iam::${parsed.account}:role/${parsed.role}`;
}
