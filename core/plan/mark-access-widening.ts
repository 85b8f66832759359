import { findAccessWidening } from './find-access-widening.ts';
import type { Change } from './plan-types.ts';

/**
 * Sets `widens` on a change that lets in someone outside the key's account (another account,
 * an organisation, anyone, a service) and makes it at least `disruptive`: such a change is
 * never `safe`, however little it adds.
 */
export function markAccessWidening(change: Change): Change {
  const widens =
    change.action === 'create'
      ? findAccessWidening({
          account: change.account,
          access: change.access,
          after: change.after.policy,
        })
      : change.action === 'update-policy'
        ? findAccessWidening({
            account: change.account,
            access: change.access,
            before: change.before,
            after: change.after,
          })
        : change.action === 'create-grant'
          ? findAccessWidening({ account: change.account, grant: change.after })
          : change.action === 'create-replica'
            ? // ReplicateKey sets the replica's own policy: read like a new key's, by its statements.
              findAccessWidening({
                account: change.account,
                access: change.access,
                after: change.replica.policy,
              })
            : [];
  if (widens.length === 0) return change;
  return { ...change, widens, risk: change.risk === 'safe' ? 'disruptive' : change.risk };
}
