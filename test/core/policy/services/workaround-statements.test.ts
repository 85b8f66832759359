import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../../../core/lint/lint-key-policy.ts';
import { readManifest } from '../../../../core/manifest/read-manifest.ts';
import { evaluateKeyPolicy } from '../../../../core/policy/evaluate-key-policy.ts';
import type { RequestContext } from '../../../../core/policy/evaluation-types.ts';
import type { KeyPolicyDocument, PolicyStatement } from '../../../../core/policy/types.ts';

/**
 * The `extra_statements` that docs/services.md gives for the uses the generated service
 * statements do not cover, or for when a service turns out not to send a condition key the
 * generated statement requires (workarounds/*.json, shown verbatim in the doc). Each is checked
 * for what the doc claims: the request as the AWS page describes it is allowed (without
 * `aws:SourceAccount` / `aws:SourceArn` where the page says they are absent), and what the
 * statement still refuses, or, where it widens access, that it does.
 */
const OWN = '111122223333';
const OTHER = '444455556666';
const KEY = { partition: 'aws', account: OWN, region: 'us-east-1' };

function workaround(name: string): PolicyStatement[] {
  return JSON.parse(
    readFileSync(`test/core/policy/services/workarounds/${name}.json`, 'utf8'),
  ) as PolicyStatement[];
}

/** The key policy of a key whose intent lists `services` and the workaround as extra statements. */
function policyWith(services: string, name: string): KeyPolicyDocument {
  const text = `version: 1
keys:
  k:
    account: "${OWN}"
    region: us-east-1
    policy:
      admins: [arn:aws:iam::${OWN}:role/kms-admin]
      services: [${services}]
      extra_statements: ${JSON.stringify(workaround(name))}
`;
  const result = readManifest('kms.yaml', text, { repository: 'o/r', manifestPath: 'kms.yaml' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const document = result.desired.keys[0]?.policy?.document;
  if (document === undefined) throw new Error('no policy');
  return document;
}

/** The same key without the workaround: what the generated statements alone decide. */
function generatedOnly(services: string): KeyPolicyDocument {
  const text = `version: 1
keys:
  k:
    account: "${OWN}"
    region: us-east-1
    policy:
      admins: [arn:aws:iam::${OWN}:role/kms-admin]
      services: [${services}]
`;
  const result = readManifest('kms.yaml', text, { repository: 'o/r', manifestPath: 'kms.yaml' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const document = result.desired.keys[0]?.policy?.document;
  if (document === undefined) throw new Error('no policy');
  return document;
}

function verdict(policy: KeyPolicyDocument, request: Omit<RequestContext, 'key'>): string {
  return evaluateKeyPolicy(policy, { ...request, key: KEY }).verdict;
}

function unscopedFindings(policy: KeyPolicyDocument): string[] {
  return lintKeyPolicy(JSON.stringify(policy, null, 2), {
    file: 'policy.json',
    account: OWN,
    partition: 'aws',
    region: 'us-east-1',
  })
    .filter((finding) => finding.rule === 'unscoped-service-principal')
    .map((finding) => finding.message);
}

describe('workaround statements of docs/services.md', () => {
  it('are each shown in docs/services.md as they are', () => {
    const doc = readFileSync('docs/services.md', 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
      (match) => JSON.parse(match[1] ?? '') as unknown,
    );
    for (const name of [
      'events-sns-topics',
      'events-describe-key',
      'events-archives',
      'source-arn-only',
    ]) {
      expect(blocks).toContainEqual(workaround(name));
    }
  });

  describe('EventBridge rules delivering to an encrypted SNS topic', () => {
    // SNS Developer Guide, sns-key-management: "Adding the aws:SourceAccount, aws:SourceArn,
    // and aws:SourceOrgID to a AWS KMS policy is not supported for EventBridge-to-encrypted
    // topics." SNS names the topic in the encryption context (aws:sns:topicArn).
    const publish = (topicAccount: string) => ({
      principal: 'events.amazonaws.com',
      action: 'kms:GenerateDataKey',
      encryptionContext: { 'aws:sns:topicArn': `arn:aws:sns:us-east-1:${topicAccount}:alerts` },
    });

    it('is not covered by `events`: its statement requires aws:SourceAccount, which this request lacks', () => {
      expect(verdict(generatedOnly('{ service: events }'), publish(OWN))).toBe('implicit_deny');
    });

    it('the workaround allows it for topics of the key account, without source keys', () => {
      const policy = policyWith('{ service: events }', 'events-sns-topics');
      expect(verdict(policy, publish(OWN))).toBe('allowed');
      expect(verdict(policy, { ...publish(OWN), action: 'kms:Decrypt' })).toBe('allowed');
    });

    it('the workaround refuses a topic of another account, and lint finds no unscoped grant', () => {
      const policy = policyWith('{ service: events }', 'events-sns-topics');
      expect(verdict(policy, publish(OTHER))).toBe('implicit_deny');
      expect(verdict(policy, { principal: 'events.amazonaws.com', action: 'kms:Decrypt' })).toBe(
        'implicit_deny',
      );
      expect(unscopedFindings(policy)).toEqual([]);
    });
  });

  describe('EventBridge DescribeKey without source keys', () => {
    const describeKey = { principal: 'events.amazonaws.com', action: 'kms:DescribeKey' };

    it('is refused by the generated `events` statement (its guard), allowed by the workaround', () => {
      expect(verdict(generatedOnly('{ service: events }'), describeKey)).toBe('implicit_deny');
      expect(verdict(policyWith('{ service: events }', 'events-describe-key'), describeKey)).toBe(
        'allowed',
      );
    });

    it('widens DescribeKey (key metadata only) to requests for any account, and to nothing else', () => {
      const policy = policyWith('{ service: events }', 'events-describe-key');
      expect(
        verdict(policy, {
          ...describeKey,
          keys: {
            'aws:SourceAccount': OTHER,
            'aws:SourceArn': `arn:aws:events:us-east-1:${OTHER}:event-bus/b`,
          },
        }),
      ).toBe('allowed');
      expect(
        verdict(policy, {
          principal: 'events.amazonaws.com',
          action: 'kms:Decrypt',
          keys: { 'aws:SourceAccount': OTHER },
        }),
      ).toBe('implicit_deny');
      expect(unscopedFindings(policy)).toEqual([]);
    });
  });

  describe('EventBridge archives (the archive page: encryption context only, with ReEncrypt)', () => {
    const archive = (account: string, action = 'kms:ReEncryptFrom') => ({
      principal: 'events.amazonaws.com',
      action,
      encryptionContext: {
        'aws:events:event-bus:arn': `arn:aws:events:us-east-1:${account}:event-bus/orders`,
      },
    });

    it('is not covered by `events` (no ReEncrypt), allowed by the workaround for the named bus', () => {
      expect(verdict(generatedOnly('{ service: events }'), archive(OWN))).toBe('implicit_deny');
      const policy = policyWith('{ service: events }', 'events-archives');
      expect(verdict(policy, archive(OWN))).toBe('allowed');
      expect(verdict(policy, archive(OWN, 'kms:GenerateDataKey'))).toBe('allowed');
    });

    it('refuses the bus of another account, and lint finds no unscoped grant', () => {
      const policy = policyWith('{ service: events }', 'events-archives');
      expect(verdict(policy, archive(OTHER))).toBe('implicit_deny');
      expect(unscopedFindings(policy)).toEqual([]);
    });
  });

  describe('a source service that sends aws:SourceArn but not aws:SourceAccount', () => {
    // Amazon SQS Developer Guide, sqs-key-management: "When using SSE enabled Amazon SQS
    // queues, the following services support aws:SourceArn: Amazon SNS, Amazon S3,
    // CloudWatch Events, ..." (aws:SourceAccount is not listed per service).
    const deliver = (account: string) => ({
      principal: 'sns.amazonaws.com',
      action: 'kms:GenerateDataKey',
      keys: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${account}:orders` },
    });

    it('is refused by the generated statement (it requires aws:SourceAccount too)', () => {
      const policy = generatedOnly(
        `{ service: sns, source_arns: ["arn:aws:sns:us-east-1:${OWN}:orders"] }`,
      );
      expect(verdict(policy, deliver(OWN))).toBe('implicit_deny');
    });

    it('the workaround allows the listed topic and refuses any other source', () => {
      const policy = policyWith('{ service: sns }', 'source-arn-only');
      expect(verdict(policy, deliver(OWN))).toBe('allowed');
      expect(verdict(policy, deliver(OTHER))).toBe('implicit_deny');
      expect(unscopedFindings(policy)).toEqual([]);
    });
  });
});
