import type { LintPolicyJson } from '../core/json-contracts.js';
export interface LintPolicyOptions {
    /** The key policy: JSON text (findings point at its lines), or an object (linted as `JSON.stringify(policy, null, 2)`). */
    policy: string | object;
    /** Name of the policy in findings; default `policy.json`. */
    file?: string;
    /** 12-digit account of the key (default: the account whose root the policy allows to manage the key). */
    account?: string;
    /** Region of the key. */
    region?: string;
    /** ARN of the key, when it exists (sets account and Region). */
    keyArn?: string;
    /** Environment of the key: `production` applies the stricter profile. */
    environment?: string;
}
/**
 * `kms-action lint-policy <policy.json> --format json`: the key policy lint rules on a policy
 * kept outside a manifest. No AWS call. An invalid policy is an `invalid-policy` finding;
 * invalid options throw `UsageError`.
 */
export declare function lintPolicy(options: LintPolicyOptions): Promise<LintPolicyJson>;
