import type { LiveKey } from './live-state.ts';
import type { PlanNotice } from './plan-types.ts';

export const IMPORT_KEY_MATERIAL_HELP =
  'import it out of band: `aws kms get-parameters-for-import` (a wrapping key and an import token), wrap the material, then `aws kms import-key-material`';

/**
 * A key created for imported key material (`origin: EXTERNAL`) stays `PendingImport` until
 * its material is imported; KMS refuses EnableKey and DisableKey in that state, so the plan
 * changes nothing about its state and says why instead. Not a problem: apply goes ahead.
 */
export function pendingImportNotice(name: string, live: LiveKey): PlanNotice | undefined {
  if (live.state !== 'PendingImport') return undefined;
  return {
    code: 'pending-import',
    key: name,
    address: `key.${name}`,
    arn: live.arn,
    message: `the key waits for its key material: ${live.arn} is PendingImport (created with origin EXTERNAL), so it can neither be used nor enabled or disabled until the material is imported`,
    help: `${IMPORT_KEY_MATERIAL_HELP}; the next plan then applies the declared state`,
  };
}
