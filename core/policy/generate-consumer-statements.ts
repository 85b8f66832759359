import { USER_GRANT_ACTIONS, type KeyUsageActions } from './key-usage-actions.ts';
import type { ConditionBlock, PolicyStatement, PrincipalBlock } from './types.ts';
import { withCondition } from './with-condition.ts';

/** Who consumes the key, under which Sid prefix, with which actions. */
export interface Consumer {
  /** Prefix of the statement ids: `<sid>Cryptography`, `<sid>DescribeKey`, `<sid>GrantsForAwsResources`. */
  sid: string;
  principal: PrincipalBlock;
  /** Canonical actions, a subset of `userActionChoices(usage)`; absent: every user action. */
  actions?: readonly string[];
  /** Added to every statement (e.g. the organisation condition). */
  condition?: ConditionBlock;
}

export interface ConsumerScope {
  viaService: ConditionBlock | undefined;
  encryptionContext: ConditionBlock | undefined;
}

/**
 * The statements of a key users' kind for one consumer, split as the key users statements
 * are: cryptography (scoped by service and encryption context), `kms:DescribeKey` (no
 * encryption context: its requests carry none), and grants for AWS resources (only for keys
 * AWS services use, only `kms:GrantIsForAWSResource`). Without `actions` the cryptography
 * statement lists the key usage's user actions as AWS writes them (wildcards); narrowed, it
 * lists the chosen actions one by one. A statement with no action is left out.
 */
export function generateConsumerStatements(
  consumer: Consumer,
  usage: KeyUsageActions,
  scope: ConsumerScope,
): PolicyStatement[] {
  const chosen = consumer.actions === undefined ? undefined : new Set(consumer.actions);
  const has = (action: string): boolean => chosen === undefined || chosen.has(action);
  const grants = usage.awsServices ? USER_GRANT_ACTIONS.filter(has) : [];
  const cryptography =
    chosen === undefined
      ? [...usage.userActions]
      : [...chosen]
          .filter((action) => action !== 'kms:DescribeKey' && !grants.includes(action))
          .sort();
  const base = { Effect: 'Allow' as const, Principal: consumer.principal, Resource: '*' };
  const statements: PolicyStatement[] = [];
  if (cryptography.length > 0) {
    statements.push(
      withCondition(
        { Sid: `${consumer.sid}Cryptography`, ...base, Action: cryptography },
        scope.viaService,
        scope.encryptionContext,
        consumer.condition,
      ),
    );
  }
  if (has('kms:DescribeKey')) {
    statements.push(
      withCondition(
        { Sid: `${consumer.sid}DescribeKey`, ...base, Action: 'kms:DescribeKey' },
        scope.viaService,
        consumer.condition,
      ),
    );
  }
  if (grants.length > 0) {
    statements.push(
      withCondition(
        { Sid: `${consumer.sid}GrantsForAwsResources`, ...base, Action: grants },
        scope.viaService,
        { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
        consumer.condition,
      ),
    );
  }
  return statements;
}
