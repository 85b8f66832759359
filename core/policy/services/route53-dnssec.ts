import { oneOrMany, type ServiceStatementGenerator } from './types.ts';

/**
 * Route 53 signing hosted zones (DNSSEC key-signing keys) with the key. Source: Amazon Route 53
 * Developer Guide, "Working with customer managed keys for DNSSEC" (an ECC_NIST_P256
 * SIGN_VERIFY key in us-east-1, checked when the manifest is compiled) and the page it links,
 * "Route 53 customer managed key permissions required for DNSSEC signing":
 * https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-configuring-dnssec-cmk-requirements.html
 * The page scopes the signing statement with `aws:SourceAccount` and `aws:SourceArn`; its
 * grant statement carries only `kms:GrantIsForAWSResource`, and so does this one: the page does
 * not say that Route 53 sends `aws:SourceAccount` with CreateGrant, and a condition on a key the
 * request lacks would deny it (a key-signing key that cannot be created).
 * `source_arns`: the hosted zones (`arn:aws:route53:::hostedzone/<id>`).
 */
export const route53DnssecStatements: ServiceStatementGenerator = (use, key) => {
  const zones =
    use.sources.length > 0 ? use.sources : [`arn:${key.partition}:route53:::hostedzone/*`];
  const principal = { Service: 'dnssec-route53.amazonaws.com' };
  return [
    {
      Sid: 'ServiceRoute53Dnssec',
      Effect: 'Allow',
      Principal: principal,
      Action: ['kms:DescribeKey', 'kms:GetPublicKey', 'kms:Sign'],
      Resource: '*',
      Condition: {
        StringEquals: { 'aws:SourceAccount': key.account },
        ArnLike: { 'aws:SourceArn': oneOrMany(zones) },
      },
    },
    {
      Sid: 'ServiceRoute53DnssecGrant',
      Effect: 'Allow',
      Principal: principal,
      Action: 'kms:CreateGrant',
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    },
  ];
};
