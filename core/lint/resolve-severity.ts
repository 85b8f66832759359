import type { LintConfig, Severity, SeveritySetting } from './types.ts';

/**
 * Built-in stricter profile for production keys: these rules are at least errors there,
 * whatever their default or the manifest-wide `lint.rules` say. Only an explicit
 * `lint.environments.<environment>.rules` entry overrides it.
 */
export const PRODUCTION_PROFILE: Readonly<Record<string, Severity>> = {
  'deletion-window': 'error',
  'missing-mfa-guard': 'error',
  'rotation-disabled': 'error',
};

/** `production`, `prod`, `prd` in any casing. */
export function isProductionEnvironment(environment: string | undefined): boolean {
  return environment !== undefined && /^(production|prod|prd)$/i.test(environment);
}

const ORDER: readonly SeveritySetting[] = ['off', 'notice', 'warning', 'error'];

/** The stricter of two settings (`off` < `notice` < `warning` < `error`). */
export function stricterSeverity(a: SeveritySetting, b: SeveritySetting): SeveritySetting {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}

/** Negative when `a` is laxer than `b`. */
export function compareSeverity(a: SeveritySetting, b: SeveritySetting): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}

/**
 * A rule's severity for a key of `environment`: the rule's default, then the manifest's
 * `lint.rules`, then the production profile (which only raises, and not a rule set `off`),
 * then `lint.environments.<environment>.rules`, which has the last word.
 */
export function resolveSeverity(
  rule: { id: string; defaultSeverity: Severity },
  environment: string | undefined,
  config: Pick<LintConfig, 'rules' | 'environments'>,
): SeveritySetting {
  let severity: SeveritySetting = config.rules[rule.id] ?? rule.defaultSeverity;
  const profile = PRODUCTION_PROFILE[rule.id];
  if (isProductionEnvironment(environment) && profile !== undefined && severity !== 'off') {
    severity = stricterSeverity(severity, profile);
  }
  const local = environment === undefined ? undefined : config.environments[environment]?.[rule.id];
  return local ?? severity;
}

/** `severity`, lowered to `cap` when given (`off` stays off). */
export function capSeverity(severity: SeveritySetting, cap: Severity | undefined): SeveritySetting {
  if (cap === undefined || severity === 'off') return severity;
  return compareSeverity(severity, cap) > 0 ? cap : severity;
}
