import { parseConditionOperator } from '../../policy/parse-condition-operator.ts';
import { toList } from '../../policy/to-list.ts';
import { ADMIN_ACTIONS, summarizeActions } from '../policy/action-sets.ts';
import { expandStatementActions } from '../policy/expand-statement-actions.ts';
import { findPermission } from '../policy/find-permission.ts';
import { keyAccountOf } from '../policy/key-account-of.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import type { PolicyIssue, PolicyRule } from '../types.ts';

const CALLER_ACCOUNT_KEYS = new Set(['kms:calleraccount', 'aws:principalaccount']);
const PRINCIPAL_ARN_KEY = 'aws:principalarn';

/**
 * Access from another account that is not "named principal, named actions": a whole foreign
 * account (its root, or a wildcard tied to it by `kms:CallerAccount`, `aws:PrincipalAccount`
 * or an `aws:PrincipalArn` pattern of that account), a whole organisation
 * or organisation path (a wildcard tied to it by `aws:PrincipalOrgID`/`aws:PrincipalOrgPaths`), which lets every IAM
 * principal its administrators choose use the key, or a foreign principal that may manage
 * the key. A named role with the actions it needs is fine and not reported.
 */
export const crossAccountAccess: PolicyRule = {
  kind: 'policy',
  id: 'cross-account-access',
  defaultSeverity: 'warning',
  summary:
    'An account or organisation gets access as a whole, or a foreign principal may manage the key.',
  rationale:
    "Cross-account access belongs in the key policy, to named principals with named actions. Naming another account (`arn:aws:iam::222222222222:root`) hands the decision to that account's IAM administrators; letting a foreign principal change the policy, disable or delete the key puts your data in their hands.",
  help: 'name the foreign role (`cross_account: [{principal: arn:aws:iam::222222222222:role/App, actions: [Decrypt]}]`) and give it cryptographic actions only',
  practice: {
    title: 'Cross-account access only through the key policy, to named principals (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-modifying-external-accounts.html',
  },
  check: (target) => {
    const { document } = target;
    const account = keyAccountOf(target);
    if (account === undefined) return [];
    const issues: PolicyIssue[] = [];
    const reported = new Set<string>();
    for (const principal of listPolicyPrincipals(document)) {
      if (principal.effect !== 'Allow' || principal.negated || principal.type !== 'AWS') continue;
      const { parsed } = principal;
      const statement = document.Statement[principal.statement];
      if (statement === undefined) continue;
      if (parsed.kind === 'account' && parsed.account !== account) {
        const probe = `arn:${parsed.partition}:iam::${parsed.account}:role/kms-action-probe`;
        const actions = expandStatementActions(statement).filter(
          (action) =>
            findPermission(document, {
              key: target.key,
              principal: probe,
              action,
              perspective: { kind: 'insider' },
              delegation: true,
            }) !== undefined,
        );
        if (actions.length === 0 || reported.has(parsed.account)) continue;
        reported.add(parsed.account);
        issues.push({
          message: `the whole account ${parsed.account} may call ${summarizeActions(actions)}: its IAM administrators decide which of their principals use the key`,
          path: principal.path,
          principal: principal.value,
        });
      } else if (
        (parsed.kind === 'role' || parsed.kind === 'user' || parsed.kind === 'assumed-role') &&
        parsed.account !== account
      ) {
        const manages = ADMIN_ACTIONS.filter(
          (action) =>
            findPermission(document, {
              key: target.key,
              principal: principal.value,
              action,
              perspective: { kind: 'insider' },
            }) !== undefined,
        );
        if (manages.length === 0 || reported.has(principal.value)) continue;
        reported.add(principal.value);
        issues.push({
          message: `\`${principal.value}\` of account ${parsed.account} may manage the key (${manages.join(', ')})`,
          path: principal.path,
          principal: principal.value,
        });
      } else if (parsed.kind === 'anyone') {
        /** The actions this statement decides for a caller `probe` of another account. */
        const actionsGrantedTo = (probe: string): string[] =>
          expandStatementActions(statement).filter(
            (action) =>
              findPermission(document, {
                key: target.key,
                principal: probe,
                action,
                perspective: { kind: 'insider' },
              })?.decision.statements.includes(statement.Sid ?? `#${principal.statement}`) === true,
          );
        for (const foreign of foreignCallerAccounts(statement.Condition, account)) {
          if (reported.has(foreign)) continue;
          const probe = `arn:${target.partition}:iam::${foreign}:role/kms-action-probe`;
          const actions = actionsGrantedTo(probe);
          if (actions.length === 0) continue;
          reported.add(foreign);
          issues.push({
            message: `every principal of account ${foreign} may call ${summarizeActions(actions)} (wildcard principal limited to that account)`,
            path: principal.path,
          });
        }
        for (const organization of organizationsOf(statement.Condition)) {
          const label = `${organization.key}:${organization.value}`;
          if (reported.has(label)) continue;
          const foreign = account === '999999999999' ? '999999999998' : '999999999999';
          const probe = `arn:${target.partition}:iam::${foreign}:role/kms-action-probe`;
          const actions = actionsGrantedTo(probe);
          if (actions.length === 0) continue;
          reported.add(label);
          const what =
            organization.key === 'aws:principalorgid' ? 'organization' : 'organization path';
          issues.push({
            message: `every principal of the ${what} ${organization.value} may call ${summarizeActions(actions)} (wildcard principal limited by \`${organization.name}\`): every account of it, not only ${account}`,
            help: 'if the whole organisation is meant, say why in `lint_ignore`; otherwise narrow it to organisational units (`organization: { paths: [...] }`) and to the actions members need (`actions:`), or name the foreign roles under `cross_account`',
            path: principal.path,
          });
        }
      }
    }
    return issues;
  },
};

const ORGANIZATION_KEYS = new Set(['aws:principalorgid', 'aws:principalorgpaths']);

/** Organisations and organisation paths a positive `aws:PrincipalOrgID`/`aws:PrincipalOrgPaths` condition admits. */
function organizationsOf(
  condition: Record<string, Record<string, unknown>> | undefined,
): { key: string; name: string; value: string }[] {
  const found: { key: string; name: string; value: string }[] = [];
  for (const [operatorName, entries] of Object.entries(condition ?? {})) {
    const operator = parseConditionOperator(operatorName);
    if (operator === undefined || operator.negated || operator.family !== 'String') continue;
    for (const [name, values] of Object.entries(entries)) {
      const key = name.toLowerCase();
      if (!ORGANIZATION_KEYS.has(key)) continue;
      for (const value of toList(values).map(String)) found.push({ key, name, value });
    }
  }
  return found;
}

/**
 * Accounts other than the key's that a positive condition admits: `kms:CallerAccount` or
 * `aws:PrincipalAccount` equal to the account, or an `aws:PrincipalArn` in it (the account
 * segment of the written ARN, `arn:aws:iam::444455556666:*`). An ARN with a wildcard account
 * segment admits any account: public-principal's business.
 */
function foreignCallerAccounts(
  condition: Record<string, Record<string, unknown>> | undefined,
  account: string,
): string[] {
  const accounts = new Set<string>();
  for (const [operatorName, entries] of Object.entries(condition ?? {})) {
    const operator = parseConditionOperator(operatorName);
    if (operator === undefined || operator.negated) continue;
    for (const [key, values] of Object.entries(entries)) {
      const lower = key.toLowerCase();
      const byArn = lower === PRINCIPAL_ARN_KEY;
      if (!CALLER_ACCOUNT_KEYS.has(lower) && !byArn) continue;
      if (byArn && operator.family !== 'Arn' && operator.family !== 'String') continue;
      for (const value of toList(values).map(String)) {
        const admitted = byArn ? accountOfArn(value) : value;
        if (admitted !== undefined && /^\d{12}$/.test(admitted) && admitted !== account) {
          accounts.add(admitted);
        }
      }
    }
  }
  return [...accounts];
}

/** The account segment of an ARN (`arn:partition:service:region:account:resource`). */
function accountOfArn(value: string): string | undefined {
  const segments = value.split(':');
  return segments[0] === 'arn' && segments.length >= 6 ? segments[4] : undefined;
}
