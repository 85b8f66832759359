import { serviceSourceRequest } from './service-source-request.ts';
import { toList } from './to-list.ts';
import type { KeyPolicyDocument, PolicyStatement } from './types.ts';

/**
 * `serviceSourceRequest` for one service and action, looking only at the statements that name
 * the service: a policy naming a thousand services is not scanned a thousand times per action.
 */
export function indexServiceSources(
  policy: KeyPolicyDocument,
): (service: string, action: string) => ReturnType<typeof serviceSourceRequest> {
  const byService = new Map<string, PolicyStatement[]>();
  for (const statement of policy.Statement) {
    if (statement.Principal === undefined || statement.Principal === '*') continue;
    for (const service of new Set(toList(statement.Principal.Service))) {
      const named = byService.get(service) ?? [];
      named.push(statement);
      byService.set(service, named);
    }
  }
  return (service, action) =>
    serviceSourceRequest({ ...policy, Statement: byService.get(service) ?? [] }, service, action);
}
