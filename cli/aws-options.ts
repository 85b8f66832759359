/** Options shared by the commands that talk to AWS. */
export const AWS_OPTIONS = {
  'role-to-assume': { type: 'string' },
  stats: { type: 'boolean' },
} as const;

export const AWS_OPTIONS_HELP = `      --role-to-assume <arn>  role to assume in each account, e.g. 'arn:aws:iam::{account}:role/kms-admin'
                              (default: use the ambient credentials, which must belong to the keys' account)
      --stats                 print the AWS API calls made, by operation, to stderr`;

/** Options of the commands that plan against the live keys (plan, apply, drift). */
export const PLAN_OPTIONS = {
  file: { type: 'string', short: 'f', default: 'kms.yaml' },
  repository: { type: 'string' },
  ...AWS_OPTIONS,
  help: { type: 'boolean', short: 'h' },
} as const;
