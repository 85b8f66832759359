import { UsageError } from '../errors.ts';

/** What is known of the key a standalone policy is for (`lint-policy`). */
export interface PolicyKeyOptions {
  account?: string;
  region?: string;
  partition?: string;
  keyArn?: string;
}

/** How the caller names each option in messages: `--account` on the CLI, `account` in the library. */
export interface PolicyKeyOptionNames {
  account: string;
  region: string;
  keyArn: string;
}

const KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):(\d{12}):key\/([A-Za-z0-9-]{1,64})$/;

/** The account, Region and key ARN of a standalone policy's key, checked against each other. */
export function parsePolicyKeyOptions(
  given: { account?: string | undefined; region?: string | undefined; keyArn?: string | undefined },
  names: PolicyKeyOptionNames,
): PolicyKeyOptions {
  const { account, region, keyArn } = given;
  if (account !== undefined && !/^\d{12}$/.test(account)) {
    throw new UsageError(`${names.account} must be a 12-digit AWS account id, got '${account}'`);
  }
  if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/.test(region)) {
    throw new UsageError(
      `${names.region} must be an AWS Region such as us-east-1, got '${region}'`,
    );
  }
  if (keyArn === undefined) {
    return {
      ...(account === undefined ? {} : { account }),
      ...(region === undefined ? {} : { region }),
    };
  }
  const match = KEY_ARN.exec(keyArn);
  if (match === null) {
    throw new UsageError(
      `${names.keyArn} must be a KMS key ARN (arn:aws:kms:<region>:<account>:key/<key id>), got '${keyArn}'`,
    );
  }
  const [, partition = 'aws', arnRegion = '', arnAccount = ''] = match;
  if (account !== undefined && account !== arnAccount) {
    throw new UsageError(
      `${names.account} ${account} differs from the account of ${names.keyArn} (${arnAccount}); pass one of them`,
    );
  }
  if (region !== undefined && region !== arnRegion) {
    throw new UsageError(
      `${names.region} ${region} differs from the Region of ${names.keyArn} (${arnRegion}); pass one of them`,
    );
  }
  return { account: arnAccount, region: arnRegion, partition, keyArn };
}
