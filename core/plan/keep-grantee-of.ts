/**
 * The `keep_grants` grantee that keeps grants to `grantee`: the grantee itself, or for a
 * session of an AWS-reserved role (`arn:aws:sts::<account>:assumed-role/aws:ec2-infrastructure/<instance id>`)
 * the role, which keeps the grants to all its sessions (EC2 makes one per instance).
 */
export function keepGranteeOf(grantee: string): string {
  const session = /^arn:([a-z-]+):sts::(\d{12}):assumed-role\/(aws:[^/]+)\/[^/]+$/.exec(grantee);
  if (session === null) return grantee;
  const [, partition = 'aws', account = '', role = ''] = session;
  return `arn:${partition}:iam::${account}:role/${role}`;
}
