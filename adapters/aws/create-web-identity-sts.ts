/**
 * The STS client of web identity sessions, in a module of its own so that the Action loads
 * the AWS SDK only when it first needs it (after asking for the OIDC token).
 */
import {
  AssumeRoleWithWebIdentityCommand,
  STSClient,
  type AssumeRoleWithWebIdentityCommandOutput,
} from '@aws-sdk/client-sts';

export type WebIdentityRequest = ConstructorParameters<typeof AssumeRoleWithWebIdentityCommand>[0];
export type WebIdentityResponse = AssumeRoleWithWebIdentityCommandOutput;

export function createWebIdentitySts(options: {
  region: string;
  maxAttempts: number;
}): (request: WebIdentityRequest) => Promise<WebIdentityResponse> {
  const sts = new STSClient(options);
  return (request) => sts.send(new AssumeRoleWithWebIdentityCommand(request));
}
