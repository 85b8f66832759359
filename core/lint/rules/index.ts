import type { LintRule } from '../types.ts';
import { adminUserOverlap } from './admin-user-overlap.ts';
import { aliasEnvironmentMismatch } from './alias-environment-mismatch.ts';
import { aliasNaming } from './alias-naming.ts';
import { awsManagedKey } from './aws-managed-key.ts';
import { complianceIsolation } from './compliance-isolation.ts';
import { crossAccountAccess } from './cross-account-access.ts';
import { deletionWindow } from './deletion-window.ts';
import { invalidPolicy } from './invalid-policy.ts';
import { missingEncryptionContext } from './missing-encryption-context.ts';
import { missingMfaGuard } from './missing-mfa-guard.ts';
import { noRootBackstop } from './no-root-backstop.ts';
import { policyLockoutBypass } from './policy-lockout-bypass.ts';
import { publicPrincipal } from './public-principal.ts';
import { requiredTags } from './required-tags.ts';
import { rotationDisabled } from './rotation-disabled.ts';
import { rotationPeriod } from './rotation-period.ts';
import { sharedKey } from './shared-key.ts';
import { unscopedServicePrincipal } from './unscoped-service-principal.ts';
import { wildcardAction } from './wildcard-action.ts';

/**
 * Every lint rule, in the order of SPEC section 5: policy rules, then manifest rules. An
 * explicit list (no directory scanning), so the bundle carries every rule.
 */
export const LINT_RULES: readonly LintRule[] = [
  publicPrincipal,
  noRootBackstop,
  adminUserOverlap,
  wildcardAction,
  missingMfaGuard,
  crossAccountAccess,
  missingEncryptionContext,
  unscopedServicePrincipal,
  invalidPolicy,
  awsManagedKey,
  sharedKey,
  rotationDisabled,
  rotationPeriod,
  deletionWindow,
  requiredTags,
  aliasNaming,
  aliasEnvironmentMismatch,
  complianceIsolation,
  policyLockoutBypass,
];
