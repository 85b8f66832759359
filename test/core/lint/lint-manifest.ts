import { readManifest } from '../../../core/manifest/read-manifest.ts';
import type { DesiredState } from '../../../core/manifest/desired-state.ts';

/** Header shared by the test manifests: accounts, principals, tags from defaults. */
export const HEADER = `version: 1
defaults:
  region: us-east-1
  account: production
  tags: { CostCenter: platform }
accounts: { production: '111122223333', staging: '444455556666' }
principals:
  kms-admin: arn:aws:iam::111122223333:role/kms-admin
  app: arn:aws:iam::111122223333:role/app
  other-app: arn:aws:iam::111122223333:role/other-app
`;

/** A key with nothing to report: name it and add or override fields below it. */
export function cleanKey(name: string, environment = 'production', service = 's3'): string {
  return `  ${name}:
    environment: ${environment}
    service: ${service}
    aliases: [alias/${environment === 'production' ? 'prod' : environment}-${service}-${name}]
    policy: { admins: [kms-admin], users: [app], via_service: [${service}] }
`;
}

/** Compiles a manifest text (test input is known-valid: a problem fails the test). */
export function desiredOf(text: string, file = 'kms.yaml'): DesiredState {
  const result = readManifest(file, text, { repository: 'acme/keys', manifestPath: file });
  if (!result.ok) {
    throw new Error(
      result.problems
        .map((problem) => `${problem.line}:${problem.column} ${problem.message}`)
        .join('\n'),
    );
  }
  return result.desired;
}
