/** Options shared by the commands that talk to AWS. */
export const AWS_OPTIONS = {
  'role-to-assume': { type: 'string' },
  stats: { type: 'boolean' },
} as const;

export const AWS_OPTIONS_HELP = `      --role-to-assume <arn>  role to assume in each account, e.g. 'arn:aws:iam::{account}:role/kms-admin'
                              (default: use the ambient credentials, which must belong to the keys' account)
      --stats                 print the AWS API calls made, by operation, to stderr`;
