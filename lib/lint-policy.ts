import { UsageError, errorMessage } from '../core/errors.ts';
import { lintKeyPolicy } from '../core/lint/lint-key-policy.ts';
import { parsePolicyKeyOptions } from '../core/lint/parse-policy-key-options.ts';
import type { LintPolicyJson } from '../core/json-contracts.ts';
import { renderLintPolicyJson } from '../core/render/render-lint-policy-json.ts';
import { checkOptionalString } from './check-optional-string.ts';

/** The policy as JSON text: a string as given, an object pretty-printed. */
function policyText(policy: unknown): string {
  if (typeof policy === 'string') return policy;
  let text: string | undefined;
  try {
    text =
      typeof policy === 'object' && policy !== null ? JSON.stringify(policy, null, 2) : undefined;
  } catch (error) {
    throw new UsageError(`policy must be JSON text or a JSON object: ${errorMessage(error)}`);
  }
  if (text === undefined) {
    throw new UsageError(`policy must be JSON text or a JSON object, got ${typeof policy}`);
  }
  return text;
}

/** As `lint-policy` reads a policy file: KMS allows 32 KB, anything far larger is refused. */
const MAX_POLICY_BYTES = 1024 * 1024;

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
export function lintPolicy(options: LintPolicyOptions): Promise<LintPolicyJson> {
  // Synchronous work, but async like the other functions so callers can treat them alike.
  return Promise.resolve().then(() => {
    const key = parsePolicyKeyOptions(
      {
        account: checkOptionalString(options.account, 'account'),
        region: checkOptionalString(options.region, 'region'),
        keyArn: checkOptionalString(options.keyArn, 'keyArn'),
      },
      {
        account: 'account',
        region: 'region',
        keyArn: 'keyArn',
      },
    );
    const file = checkOptionalString(options.file, 'file');
    const environment = checkOptionalString(options.environment, 'environment');
    const text = policyText(options.policy);
    if (
      text.length > MAX_POLICY_BYTES ||
      new TextEncoder().encode(text).length > MAX_POLICY_BYTES
    ) {
      throw new UsageError(
        `the policy is over ${MAX_POLICY_BYTES} bytes; a key policy is at most 32 KB`,
      );
    }
    const findings = lintKeyPolicy(text, {
      file: file ?? 'policy.json',
      ...key,
      ...(environment === undefined ? {} : { environment }),
    });
    return renderLintPolicyJson(findings);
  });
}
