/** One Allow statement's grant to one principal, with the conditions the intent form knows. */
export interface PrincipalGrant {
  actions: Set<string>;
  viaService?: string[];
  encryptionContext?: Record<string, string>;
  grantForAwsResource?: boolean;
}

/** A grant's conditions: `via_service`, `encryption_context`, grants for AWS resources. */
export type GrantConditions = Omit<PrincipalGrant, 'actions'>;

/** Whether a grant has none of the conditions the intent form knows. */
export function isConditionless(conditions: GrantConditions): boolean {
  return (
    conditions.viaService === undefined &&
    conditions.encryptionContext === undefined &&
    conditions.grantForAwsResource === undefined
  );
}
