import { KMS_ACTIONS } from './kms-actions.ts';
import { matchWildcard } from './match-wildcard.ts';
import {
  listStrings,
  suggestName,
  type PolicyPath,
  type ReportPolicyProblem,
} from './policy-problem.ts';

const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
const KNOWN_ACTIONS = new Set(KMS_ACTIONS.map((action) => action.toLowerCase()));

/**
 * Checks an `Action` or `NotAction` element (IAM User Guide, "IAM JSON policy elements:
 * Action"): `*` or `kms:` actions KMS knows, wildcards included as long as they match one.
 */
export function checkPolicyActions(
  value: unknown,
  path: PolicyPath,
  report: ReportPolicyProblem,
): void {
  for (const { value: action, path: actionPath } of listStrings(value, path, 'action', report)) {
    if (action === '*') continue;
    if (!PRINTABLE_ASCII.test(action)) {
      report(
        actionPath,
        'error',
        `\`${action}\` has a character other than printable ASCII: action names are ASCII, and a look-alike (U+212A KELVIN SIGN for \`K\`) would read as another action here than at AWS`,
        'retype the action in plain ASCII, such as `kms:Decrypt`',
      );
      continue;
    }
    const colon = action.indexOf(':');
    if (colon < 0) {
      report(actionPath, 'error', `\`${action}\` has no service prefix`, `write \`kms:${action}\``);
      continue;
    }
    const prefix = action.slice(0, colon);
    if (prefix.toLowerCase() !== 'kms') {
      report(
        actionPath,
        'error',
        `\`${action}\` is not a KMS action: a key policy controls KMS actions only`,
        "remove it; grant other services' actions in their own policies",
      );
      continue;
    }
    const wildcard = action.includes('*') || action.includes('?');
    const matches = wildcard
      ? KMS_ACTIONS.some((known) => matchWildcard(action, known, true))
      : KNOWN_ACTIONS.has(action.toLowerCase());
    if (matches) continue;
    report(
      actionPath,
      'error',
      wildcard ? `\`${action}\` matches no KMS action` : `\`${action}\` is not a KMS action`,
      suggestName(
        action,
        KMS_ACTIONS,
        'see the KMS actions in the Service Authorization Reference',
      ),
    );
  }
}
