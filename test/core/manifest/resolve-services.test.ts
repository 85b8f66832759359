import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../core/manifest/read-manifest.ts';

const ACCOUNT = '111122223333';

function read(keyBody: string, extra = '') {
  const text = `version: 1
${extra}keys:
  k:
    account: "${ACCOUNT}"
    region: us-east-1
${keyBody}`;
  return readManifest('kms.yaml', text, { repository: 'o/r', manifestPath: 'kms.yaml' });
}

function problems(keyBody: string, extra = '') {
  const result = read(keyBody, extra);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((problem) => ({
    path: problem.path,
    line: problem.line,
    message: problem.message,
  }));
}

describe('policy.services in the manifest', () => {
  it('refuses route53-dnssec on a key that is not an ECC_NIST_P256 signing key, at the entry', () => {
    expect(
      problems(`    policy:
      services:
        - service: route53-dnssec
`),
    ).toEqual([
      {
        path: '/keys/k/policy/services/0/service',
        line: 8,
        message:
          'Route 53 DNSSEC signing needs an ECC_NIST_P256 key with key_usage SIGN_VERIFY, got key_spec SYMMETRIC_DEFAULT, key_usage ENCRYPT_DECRYPT',
      },
    ]);
  });

  it('refuses route53-dnssec outside us-east-1', () => {
    const result = readManifest(
      'kms.yaml',
      `version: 1
keys:
  k:
    account: "${ACCOUNT}"
    region: eu-west-1
    key_spec: ECC_NIST_P256
    key_usage: SIGN_VERIFY
    policy: { services: [{ service: route53-dnssec }] }
`,
      { repository: 'o/r', manifestPath: 'kms.yaml' },
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((problem) => problem.message)).toEqual([
      'Route 53 DNSSEC signing uses keys in us-east-1 only, got a key in eu-west-1',
    ]);
  });

  it('refuses an encryption service on a signing key', () => {
    expect(
      problems(`    key_spec: ECC_NIST_P256
    key_usage: SIGN_VERIFY
    policy: { services: [{ service: logs }] }
`).map((problem) => problem.message),
    ).toEqual([
      'service `logs` encrypts with symmetric encryption keys only, got key_spec ECC_NIST_P256, key_usage SIGN_VERIFY',
    ]);
  });

  it('refuses a field the service does not read, a service listed twice, unknown services', () => {
    expect(
      problems(`    policy:
      services:
        - { service: config, trails: [main] }
        - { service: logs, source_arns: ["arn:aws:logs:us-east-1:${ACCOUNT}:log-group:x"] }
        - { service: config }
`).map((problem) => [problem.path, problem.message]),
    ).toEqual([
      ['/keys/k/policy/services/0/trails', '`trails` does not apply to service `config`'],
      ['/keys/k/policy/services/1/source_arns', '`source_arns` does not apply to service `logs`'],
      ['/keys/k/policy/services/2/service', 'service `config` is listed twice'],
    ]);
    expect(read('    policy: { services: [{ service: lambda }] }\n').ok).toBe(false);
  });

  it('refuses sources of another account, partition or service', () => {
    expect(
      problems(`    policy:
      services:
        - service: sns
          source_arns:
            - arn:aws:sns:us-east-1:444455556666:topic
            - arn:aws-cn:sns:cn-north-1:${ACCOUNT}:topic
            - arn:aws:sqs:us-east-1:${ACCOUNT}:queue
        - { service: cloudtrail, trails: ["arn:aws:cloudtrail:us-east-1:444455556666:trail/main"] }
`).map((problem) => [problem.path, problem.message]),
    ).toEqual([
      [
        '/keys/k/policy/services/0/source_arns/0',
        "`arn:aws:sns:us-east-1:444455556666:topic` belongs to account 444455556666, not to the key's account 111122223333",
      ],
      [
        '/keys/k/policy/services/0/source_arns/1',
        '`arn:aws-cn:sns:cn-north-1:111122223333:topic` is in partition aws-cn, the key in aws',
      ],
      [
        '/keys/k/policy/services/0/source_arns/2',
        '`arn:aws:sqs:us-east-1:111122223333:queue` is not a sns resource (its service is `sqs`)',
      ],
      [
        '/keys/k/policy/services/1/trails/0',
        "`arn:aws:cloudtrail:us-east-1:444455556666:trail/main` belongs to account 444455556666, not to the key's account 111122223333",
      ],
    ]);
  });

  it('takes services from defaults.policy like the other intent fields', () => {
    const result = read(
      '    policy: { admins: [arn:aws:iam::111122223333:role/admin] }\n',
      'defaults:\n  policy:\n    services: [{ service: config }]\n',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const sids = result.desired.keys[0]?.policy?.document.Statement.map((s) => s.Sid);
    expect(sids).toContain('ServiceConfig');
  });
});

describe('service principals under principals:', () => {
  const PRINCIPALS =
    'principals:\n  logs: logs.us-east-1.amazonaws.com\n  ops: arn:aws:iam::111122223333:role/ops\n';

  it('may be named, and refused as admin, user or cross-account principal with a pointer to services', () => {
    expect(
      problems(
        `    policy:
      admins: [logs]
      users: [cloudtrail.amazonaws.com]
`,
        PRINCIPALS,
      ).map((problem) => [problem.path, problem.message]),
    ).toEqual([
      [
        '/keys/k/policy/admins/0',
        '`logs` is the AWS service principal logs.us-east-1.amazonaws.com: a service is not a key administrator, user or cross-account principal',
      ],
      [
        '/keys/k/policy/users/0',
        '`cloudtrail.amazonaws.com` is the AWS service principal cloudtrail.amazonaws.com: a service is not a key administrator, user or cross-account principal',
      ],
    ]);
  });

  it('refuses a service principal with a wildcard or another domain in principals:', () => {
    expect(
      read('    policy: { admins: [ops] }\n', 'principals:\n  x: "*.amazonaws.com"\n').ok,
    ).toBe(false);
    expect(read('    policy: { admins: [ops] }\n', 'principals:\n  x: logs.example.com\n').ok).toBe(
      false,
    );
  });

  it('may be a grant grantee, with the SourceArn constraint and retiring principal KMS requires', () => {
    const result = read(
      `    grants:
      - name: logs-grant
        grantee: logs
        retiring_principal: ops
        operations: [Decrypt]
        source_arn: arn:aws:logs:us-east-1:111122223333:log-group:app
`,
      PRINCIPALS,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.desired.keys[0]?.grants).toEqual([
      {
        name: 'logs-grant',
        granteePrincipal: 'logs.us-east-1.amazonaws.com',
        retiringPrincipal: 'arn:aws:iam::111122223333:role/ops',
        operations: ['Decrypt'],
        sourceArn: 'arn:aws:logs:us-east-1:111122223333:log-group:app',
      },
    ]);
  });

  it('refuses a grant to a service principal without source_arn or retiring principal, and source_arn on other grants', () => {
    expect(
      problems(
        `    grants:
      - { name: g1, grantee: logs, operations: [Decrypt] }
      - { name: g2, grantee: ops, operations: [Decrypt], source_arn: "arn:aws:s3:::b" }
`,
        PRINCIPALS,
      ).map((problem) => [problem.path, problem.message]),
    ).toEqual([
      [
        '/keys/k/grants/0/grantee',
        'grant `g1` is to the service principal logs.us-east-1.amazonaws.com, which KMS allows only with a SourceArn constraint',
      ],
      [
        '/keys/k/grants/0/grantee',
        'grant `g1` is to the service principal logs.us-east-1.amazonaws.com, which KMS allows only with a retiring principal',
      ],
      [
        '/keys/k/grants/1/source_arn',
        '`source_arn` applies to grants to a service principal, and grant `g2` is to arn:aws:iam::111122223333:role/ops',
      ],
    ]);
  });
});
