import { dnsSuffixOf } from '../policy/dns-suffix-of.ts';
import { toList } from '../policy/to-list.ts';
import type { PolicyStatement } from '../policy/types.ts';
import type { GrantConditions } from './principal-grant.ts';

/**
 * The conditions of an Allow statement the intent form can say: `kms:ViaService` endpoints of
 * the key's Region (as service names), one value per `kms:EncryptionContext:` key, and
 * `kms:GrantIsForAWSResource` true. `undefined`, with the reason added to `reasons`, for any
 * other condition.
 */
export function readAllowConditions(
  statement: PolicyStatement,
  label: string,
  region: string,
  partition: string,
  reasons: string[],
): GrantConditions | undefined {
  const conditions: GrantConditions = {};
  const suffix = dnsSuffixOf(partition);
  // `<service>.<region>.<suffix>`, compared as text: no regular expression built from input.
  const endpointTail = `.${region}.${suffix}`;
  const serviceOf = (entry: string): string | undefined => {
    if (!entry.endsWith(endpointTail)) return undefined;
    const service = entry.slice(0, -endpointTail.length);
    return SERVICE_NAME.test(service) ? service : undefined;
  };
  for (const [operator, entries] of Object.entries(statement.Condition ?? {})) {
    for (const [key, value] of Object.entries(entries)) {
      const op = operator.toLowerCase();
      const name = key.toLowerCase();
      const values = toList(value).map(String);
      if (op === 'stringequals' && name === 'kms:viaservice') {
        const services = values.map(serviceOf);
        if (services.some((service) => service === undefined)) {
          reasons.push(
            `statement ${label} allows kms:ViaService ${values.join(', ')}, not services of the key's Region ${region}`,
          );
          return undefined;
        }
        conditions.viaService = services.filter((service) => service !== undefined).sort();
      } else if (
        op === 'stringequals' &&
        name.startsWith('kms:encryptioncontext:') &&
        values.length === 1
      ) {
        conditions.encryptionContext = {
          ...conditions.encryptionContext,
          [key.slice('kms:EncryptionContext:'.length)]: values[0] ?? '',
        };
      } else if (
        op === 'bool' &&
        name === 'kms:grantisforawsresource' &&
        values.join() === 'true'
      ) {
        conditions.grantForAwsResource = true;
      } else {
        reasons.push(
          `statement ${label} has the condition ${operator} ${key}, which the intent form has no word for`,
        );
        return undefined;
      }
    }
  }
  return conditions;
}

const SERVICE_NAME = /^[a-z][a-z0-9-]*$/;
