import { describe, expect, it } from 'vitest';
import { lintKeyPolicy } from '../../../../core/lint/lint-key-policy.ts';
import { readManifest } from '../../../../core/manifest/read-manifest.ts';
import { parseKeyPolicy } from '../../../../core/policy/parse-key-policy.ts';
import { SERVICE_NAMES } from '../../../../core/policy/services/types.ts';
import type { KeyPolicyDocument } from '../../../../core/policy/types.ts';

const ACCOUNT = '111122223333';

/** One entry per service, as a user would write it; the golden file is the generated statement. */
const CASES: Record<string, { entry: string; key?: string }> = {
  autoscaling: { entry: '{ service: autoscaling }' },
  'autoscaling-suffix': { entry: '{ service: autoscaling, role_suffix: batch }' },
  cloudtrail: { entry: '{ service: cloudtrail, trails: [org-trail] }' },
  'cloudtrail-any-trail': { entry: '{ service: cloudtrail }' },
  cloudwatch: {
    entry: `{ service: cloudwatch, source_arns: ["arn:aws:cloudwatch:us-east-1:${ACCOUNT}:alarm:*"] }`,
  },
  config: { entry: '{ service: config }' },
  events: {
    entry: `{ service: events, source_arns: ["arn:aws:events:us-east-1:${ACCOUNT}:event-bus/orders"] }`,
  },
  guardduty: {
    entry: `{ service: guardduty, source_arns: ["arn:aws:guardduty:us-east-1:${ACCOUNT}:detector/12abc34d567e8fa901bc2d34e56789f0"] }`,
  },
  logs: { entry: '{ service: logs }' },
  'logs-named-groups': { entry: '{ service: logs, log_groups: [/aws/lambda/orders, app] }' },
  'route53-dnssec': {
    entry: '{ service: route53-dnssec }',
    key: 'key_spec: ECC_NIST_P256\n    key_usage: SIGN_VERIFY',
  },
  s3: { entry: '{ service: s3, source_arns: ["arn:aws:s3:::orders-uploads"] }' },
  ses: { entry: '{ service: ses }' },
  sns: { entry: `{ service: sns, source_arns: ["arn:aws:sns:us-east-1:${ACCOUNT}:orders"] }` },
};

function compile(entry: string, key = ''): KeyPolicyDocument {
  const text = `version: 1
keys:
  k:
    account: "${ACCOUNT}"
    region: us-east-1
    ${key}
    policy:
      admins: [arn:aws:iam::${ACCOUNT}:role/kms-admin]
      services: [${entry}]
`;
  const result = readManifest('kms.yaml', text, { repository: 'o/r', manifestPath: 'kms.yaml' });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const policy = result.desired.keys[0]?.policy;
  if (policy === undefined) throw new Error('no policy');
  return policy.document;
}

describe('service statements (golden files, reviewed against the cited AWS pages)', () => {
  it('covers every service', () => {
    const covered = new Set(
      Object.values(CASES).map(({ entry }) => /service: ([\w-]+)/.exec(entry)?.[1]),
    );
    expect([...SERVICE_NAMES].filter((name) => !covered.has(name))).toEqual([]);
  });

  it.each(Object.entries(CASES))('%s', async (name, { entry, key }) => {
    const document = compile(entry, key);
    const statements = document.Statement.filter((statement) =>
      statement.Sid?.startsWith('Service'),
    );
    expect(statements.length).toBeGreaterThan(0);
    await expect(`${JSON.stringify(statements, null, 2)}\n`).toMatchFileSnapshot(`${name}.json`);
  });

  it.each(Object.entries(CASES))(
    '%s: valid, and no confused deputy for the lint rules',
    (_name, { entry, key }) => {
      const document = compile(entry, key);
      expect(parseKeyPolicy(document).problems).toEqual([]);
      const findings = lintKeyPolicy(JSON.stringify(document, null, 2), {
        file: 'policy.json',
        account: ACCOUNT,
        region: 'us-east-1',
      });
      const reported = findings
        .filter(
          (finding) =>
            finding.rule === 'unscoped-service-principal' || finding.rule === 'invalid-policy',
        )
        .map((finding) => finding.message);
      // The Route 53 page gives CreateGrant no source condition (only GrantIsForAWSResource);
      // the rule reports that residual, as it would for the page's own policy.
      expect(reported).toEqual(
        entry.includes('route53-dnssec')
          ? ['`dnssec-route53.amazonaws.com` may call kms:CreateGrant for resources of any account']
          : [],
      );
    },
  );

  it.each(Object.entries(CASES))(
    '%s: without its conditions, the lint rule reports it (the check above can fail)',
    (_name, { entry, key }) => {
      const document = compile(entry, key);
      const stripped = {
        ...document,
        Statement: document.Statement.map((statement) => {
          if (!statement.Sid?.startsWith('Service')) return statement;
          const rest = { ...statement };
          delete rest.Condition;
          return rest;
        }),
      };
      const rules = lintKeyPolicy(JSON.stringify(stripped, null, 2), {
        file: 'policy.json',
        account: ACCOUNT,
        region: 'us-east-1',
      }).map((finding) => finding.rule);
      // The Auto Scaling role is an IAM role of the account, not a service principal.
      if (entry.includes('autoscaling')) expect(rules).not.toContain('unscoped-service-principal');
      else expect(rules).toContain('unscoped-service-principal');
    },
  );

  it('does not depend on the order of services or sources', () => {
    const a = compile(
      `{ service: sns, source_arns: ["arn:aws:sns:us-east-1:${ACCOUNT}:b", "arn:aws:sns:us-east-1:${ACCOUNT}:a"] }, { service: config }`,
    );
    const b = compile(
      `{ service: config }, { service: sns, source_arns: ["arn:aws:sns:us-east-1:${ACCOUNT}:a", "arn:aws:sns:us-east-1:${ACCOUNT}:b"] }`,
    );
    expect(a).toEqual(b);
  });
});
