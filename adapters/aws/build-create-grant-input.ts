import type { CreateGrantCommandInput, GrantOperation } from '@aws-sdk/client-kms';
import { isServicePrincipal } from '../../core/policy/is-service-principal.ts';
import type { GrantSpec } from '../../core/plan/plan-types.ts';

/**
 * The CreateGrant request for a declared grant. A service principal goes in its own fields
 * (`GranteeServicePrincipal`, `RetiringServicePrincipal`), never in `GranteePrincipal`, and
 * comes with its `SourceArn` constraint (KMS API Reference, CreateGrant).
 */
export function buildCreateGrantInput(keyId: string, grant: GrantSpec): CreateGrantCommandInput {
  const constraints = {
    ...(grant.encryptionContextSubset === undefined
      ? {}
      : { EncryptionContextSubset: grant.encryptionContextSubset }),
    ...(grant.encryptionContextEquals === undefined
      ? {}
      : { EncryptionContextEquals: grant.encryptionContextEquals }),
    ...(grant.sourceArn === undefined ? {} : { SourceArn: grant.sourceArn }),
  };
  const retiring = grant.retiringPrincipal;
  return {
    KeyId: keyId,
    Name: grant.name,
    ...(isServicePrincipal(grant.granteePrincipal)
      ? { GranteeServicePrincipal: grant.granteePrincipal }
      : { GranteePrincipal: grant.granteePrincipal }),
    Operations: grant.operations as GrantOperation[],
    ...(retiring === undefined
      ? {}
      : isServicePrincipal(retiring)
        ? { RetiringServicePrincipal: retiring }
        : { RetiringPrincipal: retiring }),
    ...(Object.keys(constraints).length === 0 ? {} : { Constraints: constraints }),
  };
}
