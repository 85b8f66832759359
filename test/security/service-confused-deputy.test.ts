import { describe, expect, it } from 'vitest';
import { readManifest } from '../../core/manifest/read-manifest.ts';
import { evaluateKeyPolicy } from '../../core/policy/evaluate-key-policy.ts';
import type { KeyPolicyDocument } from '../../core/policy/types.ts';

/**
 * Guard: every statement generated for `services:` lets the service use the key for the key's
 * own account only. Attack: another AWS customer points its own trail, log group, topic,
 * detector or hosted zone at this key; the service then calls KMS with the attacker's
 * account as `aws:SourceAccount` / `aws:SourceArn` and in its encryption context.
 */
const OWN = '111122223333';
const ATTACKER = '444455556666';

function policyFor(entry: string, keyFields = ''): KeyPolicyDocument {
  const text = `version: 1
keys:
  k:
    account: "${OWN}"
    region: us-east-1
    ${keyFields}
    policy:
      services: [${entry}]
`;
  const result = readManifest('kms.yaml', text, { repository: 'o/r', manifestPath: 'kms.yaml' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const document = result.desired.keys[0]?.policy?.document;
  if (document === undefined) throw new Error('no policy');
  return document;
}

/** A request as the service sends it on behalf of `account` (its own resource ARNs and context). */
function serviceRequest(service: string, account: string) {
  const trail = `arn:aws:cloudtrail:us-east-1:${account}:trail/t`;
  const logGroup = `arn:aws:logs:us-east-1:${account}:log-group:g`;
  const byService: Record<
    string,
    { principal: string; action: string; arn: string; context?: Record<string, string> }
  > = {
    logs: {
      principal: 'logs.us-east-1.amazonaws.com',
      action: 'kms:GenerateDataKey',
      arn: logGroup,
      context: { 'aws:logs:arn': logGroup },
    },
    cloudtrail: {
      principal: 'cloudtrail.amazonaws.com',
      action: 'kms:GenerateDataKey',
      arn: trail,
      context: { 'aws:cloudtrail:arn': trail },
    },
    sns: {
      principal: 'sns.amazonaws.com',
      action: 'kms:GenerateDataKey',
      arn: `arn:aws:sns:us-east-1:${account}:topic`,
    },
    s3: { principal: 's3.amazonaws.com', action: 'kms:Decrypt', arn: 'arn:aws:s3:::bucket' },
    events: {
      principal: 'events.amazonaws.com',
      action: 'kms:Decrypt',
      arn: `arn:aws:events:us-east-1:${account}:event-bus/b`,
    },
    cloudwatch: {
      principal: 'cloudwatch.amazonaws.com',
      action: 'kms:GenerateDataKey',
      arn: `arn:aws:cloudwatch:us-east-1:${account}:alarm:a`,
    },
    config: {
      principal: 'config.amazonaws.com',
      action: 'kms:GenerateDataKey',
      arn: `arn:aws:config:us-east-1:${account}:config-rule/r`,
    },
    guardduty: {
      principal: 'guardduty.amazonaws.com',
      action: 'kms:GenerateDataKey',
      arn: `arn:aws:guardduty:us-east-1:${account}:detector/d`,
    },
    ses: {
      principal: 'ses.amazonaws.com',
      action: 'kms:GenerateDataKey',
      arn: `arn:aws:ses:us-east-1:${account}:receipt-rule-set/s:receipt-rule/r`,
      context: {
        'aws:ses:source-account': account,
        'aws:ses:rule-name': 'r',
        'aws:ses:message-id': 'm',
      },
    },
    'route53-dnssec': {
      principal: 'dnssec-route53.amazonaws.com',
      action: 'kms:Sign',
      arn: 'arn:aws:route53:::hostedzone/Z1',
    },
  };
  const request = byService[service];
  if (request === undefined) throw new Error(service);
  return {
    principal: request.principal,
    action: request.action,
    key: { partition: 'aws', account: OWN, region: 'us-east-1' },
    ...(request.context === undefined ? {} : { encryptionContext: request.context }),
    keys: { 'aws:SourceAccount': account, 'aws:SourceArn': request.arn },
  };
}

const SERVICES: [string, string][] = [
  ['logs', ''],
  ['cloudtrail', ''],
  ['sns', ''],
  ['s3', ''],
  ['events', ''],
  ['cloudwatch', ''],
  ['config', ''],
  ['guardduty', ''],
  ['ses', ''],
  ['route53-dnssec', 'key_spec: ECC_NIST_P256\n    key_usage: SIGN_VERIFY'],
];

describe('services: the service acts for the key account only (confused deputy)', () => {
  it.each(SERVICES)('%s: allowed for the own account', (service, keyFields) => {
    const policy = policyFor(`{ service: ${service} }`, keyFields);
    expect(evaluateKeyPolicy(policy, serviceRequest(service, OWN)).verdict).toBe('allowed');
  });

  it.each(SERVICES)('%s: denied for another account', (service, keyFields) => {
    const policy = policyFor(`{ service: ${service} }`, keyFields);
    expect(evaluateKeyPolicy(policy, serviceRequest(service, ATTACKER)).verdict).toBe(
      'implicit_deny',
    );
  });

  it('Route 53 DNSSEC: CreateGrant as the page gives it (no source condition), only for AWS resources', () => {
    const policy = policyFor(
      '{ service: route53-dnssec }',
      'key_spec: ECC_NIST_P256\n    key_usage: SIGN_VERIFY',
    );
    const request = (grantIsForAwsResource: boolean) => ({
      principal: 'dnssec-route53.amazonaws.com',
      action: 'kms:CreateGrant',
      grantIsForAwsResource,
      key: { partition: 'aws', account: OWN, region: 'us-east-1' },
    });
    // Route 53's own CreateGrant need not carry aws:SourceAccount: it must not be denied.
    expect(evaluateKeyPolicy(policy, request(true)).verdict).toBe('allowed');
    expect(evaluateKeyPolicy(policy, request(false)).verdict).toBe('implicit_deny');
  });

  it('named sources: another resource of the own account is denied', () => {
    const policy = policyFor(
      `{ service: sns, source_arns: ["arn:aws:sns:us-east-1:${OWN}:orders"] }`,
    );
    const request = serviceRequest('sns', OWN);
    expect(evaluateKeyPolicy(policy, request).verdict).toBe('implicit_deny');
    expect(
      evaluateKeyPolicy(policy, {
        ...request,
        keys: { ...request.keys, 'aws:SourceArn': `arn:aws:sns:us-east-1:${OWN}:orders` },
      }).verdict,
    ).toBe('allowed');
  });
});
