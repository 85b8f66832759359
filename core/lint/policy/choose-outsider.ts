import type { KeyPolicyDocument } from '../../policy/types.ts';

export interface Outsider {
  account: string;
  organization: string;
  /** A role of the outsider's account, as the caller of imagined requests. */
  principal: string;
}

/**
 * An account and organization the policy does not mention anywhere, to ask "could someone
 * unrelated do this?" without accidentally being someone the policy names.
 */
export function chooseOutsider(document: KeyPolicyDocument, partition: string): Outsider {
  const text = JSON.stringify(document);
  let account = '999999999999';
  for (let digit = 8; text.includes(account) && digit >= 0; digit -= 1) {
    account = String(digit).repeat(12);
  }
  return {
    account,
    organization: 'o-kmsactionoutsider',
    principal: `arn:${partition}:iam::${account}:role/kms-action-outsider`,
  };
}
