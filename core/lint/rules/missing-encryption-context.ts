import { contextActionsOf } from '../policy/action-sets.ts';
import { findPermission } from '../policy/find-permission.ts';
import { keyAccountOf } from '../policy/key-account-of.ts';
import { listPolicyPrincipals } from '../policy/list-policy-principals.ts';
import type { PolicyIssue, PolicyRule } from '../types.ts';

/**
 * A named principal (or a foreign account) may call Decrypt, Encrypt, GenerateDataKey or
 * ReEncrypt directly with no encryption context at all. Decided by evaluating such a bare
 * request: a `kms:EncryptionContext:<key>` or `kms:EncryptionContextKeys` condition stops it,
 * and so does `kms:ViaService` (the AWS service then supplies its own context, e.g. S3's
 * `aws:s3:arn`). The key's own account root (the backstop) is not reported. Asymmetric, HMAC
 * and key agreement keys take no encryption context at all: nothing is reported for them.
 */
export const missingEncryptionContext: PolicyRule = {
  kind: 'policy',
  id: 'missing-encryption-context',
  defaultSeverity: 'warning',
  summary: 'A principal may use the key directly without an encryption context.',
  rationale:
    'An encryption context binds each ciphertext to what it protects: ciphertext copied to another record or tenant does not decrypt, and CloudTrail records the context of every use. Requiring one on every direct use, or confining use to an AWS service that sets its own context (`kms:ViaService`), keeps that binding.',
  help: 'set `encryption_context: {<key>: <value>}` in the policy intent (or a `kms:EncryptionContext:<key>` condition), or restrict use with `via_service`',
  practice: {
    title: 'Encryption context binds ciphertext (SPEC section 1)',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/encrypt_context.html',
  },
  check: (target) => {
    const { document } = target;
    const account = keyAccountOf(target);
    const contextActions = contextActionsOf(target);
    if (contextActions.length === 0) return [];
    const issues: PolicyIssue[] = [];
    const seen = new Set<string>();
    for (const principal of listPolicyPrincipals(document)) {
      if (principal.effect !== 'Allow' || principal.negated || principal.type !== 'AWS') continue;
      const { parsed } = principal;
      let probe: string;
      let delegation = false;
      if (parsed.kind === 'role' || parsed.kind === 'user' || parsed.kind === 'assumed-role') {
        probe = principal.value;
      } else if (parsed.kind === 'account' && account !== undefined && parsed.account !== account) {
        probe = `arn:${parsed.partition}:iam::${parsed.account}:role/kms-action-probe`;
        delegation = true;
      } else {
        continue;
      }
      if (seen.has(probe.toLowerCase())) continue;
      seen.add(probe.toLowerCase());
      const bare = contextActions.filter(
        (action) =>
          findPermission(document, {
            key: target.key,
            principal: probe,
            action,
            perspective: { kind: 'insider' },
            bare: true,
            delegation,
          }) !== undefined,
      );
      if (bare.length === 0) continue;
      issues.push({
        message: `\`${principal.value}\` may call ${bare.join(', ')} directly without an encryption context`,
        path: principal.path,
        principal: principal.value,
      });
    }
    return issues;
  },
};
