/**
 * The library front end (docs/library.md): the CLI's read-only commands as functions that
 * return the `--format json` documents of docs/json-output.md as objects. Nothing here runs
 * at import: no environment, file or network access until a function is called.
 */
export { validate, type ValidateOptions } from './validate.js';
export { lintPolicy, type LintPolicyOptions } from './lint-policy.js';
export { access, type AccessOptions } from './access.js';
export { explainAccess, type ExplainAccessOptions } from './explain-access.js';
export { plan, type PlanOptions } from './plan.js';
export { drift, type DriftOptions } from './drift.js';
export type { ManifestOptions, ManifestSource } from './library-options.js';
export { AwsAccessError, ManifestError, PlanError, UsageError } from '../core/errors.js';
export type { AccessEntryJson, AccessExplanationJson, AccessJson, AccessRequirementJson, ChangeActionJson, ChangeJson, FindingJson, LintPolicyJson, ManifestProblem, PartialPlanJson, PlanJson, KeptGrantJson, PlanNoticeJson, PlanProblemJson, RiskJson, ValidateJson, } from '../core/json-contracts.js';
