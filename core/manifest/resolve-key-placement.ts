import { partitionOf } from '../lint/policy/partition-of.ts';
import type { DefaultsInput, DocumentPath, KeyInput } from './types.ts';

const KEY_ARN = /^arn:(aws[a-z-]*):kms:([a-z0-9-]+):([0-9]{12}):key\/(.+)$/;

export interface KeyPlacementContext {
  at: (...rest: (string | number)[]) => DocumentPath;
  /** Adopted key (`account/region/key id`) -> the key name that adopts it, filled as keys are read. */
  adoptedBy: Map<string, string>;
  resolveAccount: (ref: string, path: DocumentPath) => string | undefined;
  report: (path: DocumentPath, message: string, hint?: string, at?: 'value' | 'key') => void;
}

/**
 * Where a key lives: the adopted key's ARN decides its account, Region and partition (a
 * different `account:` or `region:` is refused, and so is a key adopted twice); otherwise the
 * key's or the defaults' account and Region. `undefined` when either is missing.
 */
export function resolveKeyPlacement(
  name: string,
  input: KeyInput,
  defaults: DefaultsInput,
  { at, adoptedBy, resolveAccount, report }: KeyPlacementContext,
): { account: string; region: string; partition: string } | undefined {
  const adopted = input.adopt === undefined ? undefined : KEY_ARN.exec(input.adopt);
  let account: string | undefined;
  let region: string | undefined;
  let partition = 'aws';
  if (adopted && input.adopt !== undefined) {
    partition = adopted[1] ?? 'aws';
    region = adopted[2] ?? '';
    account = adopted[3];
    const regionPartition = partitionOf({ region });
    if (partition !== regionPartition) {
      report(
        at('adopt'),
        `\`adopt\` names partition \`${partition}\`, but Region ${region} is in partition \`${regionPartition}\`: no key has this ARN`,
        `copy the key's ARN from \`aws kms describe-key\` (its Region's partition is \`${regionPartition}\`)`,
      );
    }
    // The read finds an adopted key by its id in the ARN's account and Region.
    const identity = `${String(account)}/${region}/${adopted[4] ?? ''}`;
    const previous = adoptedBy.get(identity);
    if (previous !== undefined) {
      report(
        at('adopt'),
        `key \`${name}\` adopts the same key as \`${previous}\``,
        'a live key can be managed by one entry only: remove one of the two',
      );
    } else {
      adoptedBy.set(identity, name);
    }
    if (input.account !== undefined) {
      const declared = resolveAccount(input.account, at('account'));
      if (declared !== undefined && declared !== account) {
        report(
          at('account'),
          `account \`${input.account}\` (${declared}) differs from the adopted key's account ${String(account)}`,
          "remove `account:`: an adopted key's account comes from its ARN",
        );
      }
    }
    if (input.region !== undefined && input.region !== region) {
      report(
        at('region'),
        `region \`${input.region}\` differs from the adopted key's Region ${region}`,
        "remove `region:`: an adopted key's Region comes from its ARN",
      );
    }
  } else {
    const accountRef = input.account ?? defaults.account;
    if (accountRef === undefined) {
      report(
        at(),
        `key \`${name}\` has no account`,
        'set `account:` on the key or in `defaults:`',
        'key',
      );
    } else {
      account = resolveAccount(
        accountRef,
        input.account === undefined ? ['defaults', 'account'] : at('account'),
      );
    }
    region = input.region ?? defaults.region;
    if (region === undefined) {
      report(
        at(),
        `key \`${name}\` has no region`,
        'set `region:` on the key or in `defaults:`',
        'key',
      );
    }
  }
  if (account === undefined || region === undefined) return undefined;
  return { account, region, partition };
}
