/**
 * The intent form share of `import` over real key policies quoted from AWS documentation
 * (test/core/import/corpus/*.json, each with its source page), published in docs/import.md
 * and printed by `npm run bench`. Every policy's outcome is pinned, so a change in either
 * direction shows here and the published figure is updated with it.
 */
import { describe, expect, it } from 'vitest';
import { loadImportCorpus, measureImportCorpus } from './measure-import-corpus.ts';

/** `unsound`: public, locked out or invalid by the project's lint (not counted in the share). */
const EXPECTED: Record<string, 'intent' | 'intent-extra' | 'document' | 'unsound'> = {
  'autoscaling-cross-account': 'document',
  'autoscaling-slr': 'intent',
  'caller-account-ebs': 'unsound',
  'cloudtrail-console-default': 'intent-extra',
  'cloudtrail-decrypt-role': 'intent-extra',
  'cloudtrail-encrypt': 'intent',
  'config-delivery': 'intent',
  'default-asymmetric-encryption-users': 'intent',
  'default-console-admins-only': 'intent-extra',
  'default-console-admins-users': 'intent-extra',
  'default-console-users-group': 'intent',
  'default-console-users-only': 'intent',
  'default-hmac-users': 'intent',
  'default-key-agreement-users': 'intent',
  'default-programmatic': 'intent',
  'default-rsa-signing-users': 'intent',
  'default-signing-users': 'intent',
  'encryption-context-decrypt': 'intent',
  'encryption-context-users': 'document',
  'eventbridge-bus': 'intent-extra',
  'external-account-admins-users': 'intent-extra',
  'external-account-decrypt-only': 'intent',
  'external-account-role-and-user': 'intent-extra',
  'external-account-root': 'document',
  'grant-is-for-aws-resource': 'intent',
  'guardduty-export': 'intent',
  'invalid-action': 'unsound',
  'lockout-no-admin': 'unsound',
  'logs-account': 'intent',
  'logs-log-group': 'intent-extra',
  'logs-with-users': 'intent-extra',
  'mfa-age-admin': 'intent-extra',
  'mfa-for-deletion': 'intent',
  'organization-decrypt': 'intent',
  'organization-id': 'intent',
  'organization-paths': 'intent',
  'public-anyone': 'unsound',
  'route53-dnssec': 'intent',
  's3-event-notifications': 'intent-extra',
  'secrets-manager-cross-account': 'intent-extra',
  'secrets-manager-via-service': 'intent-extra',
  'ses-receiving': 'intent-extra',
  'sns-cloudwatch-alarms-scoped': 'intent',
  'sns-cloudwatch-alarms': 'intent-extra',
  'sqs-sns-scoped': 'intent',
  'sqs-sns-topic': 'intent-extra',
  'via-service-deny-lambda': 'intent-extra',
  'via-service-ebs-rds': 'intent-extra',
  'via-service-ebs-users': 'intent',
  'via-service-rds-users': 'intent-extra',
};

describe('import over the corpus of AWS-documented key policies', () => {
  const measured = measureImportCorpus();

  it('holds at least 40 real policies, each quoted from an AWS documentation page', () => {
    const corpus = loadImportCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const entry of corpus) {
      expect(entry.source, entry.name).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });

  it('writes each policy in the pinned form (intent, intent plus extra statements, raw)', () => {
    const actual = Object.fromEntries(
      measured.results.map((result) => [result.name, result.sound ? result.form : 'unsound']),
    );
    expect(actual).toEqual(EXPECTED);
  });

  it('writes at least 80 % of the sound policies in intent form (with extra statements: reported apart)', () => {
    expect(measured.sound).toBeGreaterThanOrEqual(40);
    expect((measured.intent + measured.intentExtra) / measured.sound).toBeGreaterThanOrEqual(0.8);
    expect(measured.intent / measured.sound).toBeGreaterThanOrEqual(0.45);
  });

  it('round-trips every intent form: the manifest it writes compiles to a policy of the same meaning', () => {
    const broken = measured.results.filter(
      (result) => (result.form === 'intent' || result.form === 'intent-extra') && !result.roundTrip,
    );
    expect(broken.map((result) => result.name)).toEqual([]);
  });

  it('keeps the live document for every raw policy, so adopting it changes nothing', () => {
    const changed = measured.results.filter(
      (result) => result.form === 'document' && !result.roundTrip,
    );
    expect(changed.map((result) => result.name)).toEqual([]);
  });
});
