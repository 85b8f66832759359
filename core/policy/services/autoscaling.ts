import type { ServiceStatementGenerator } from './types.ts';

/**
 * Amazon EC2 Auto Scaling launching instances with EBS volumes encrypted with the key, through
 * its service-linked role. Source: Amazon EC2 Auto Scaling User Guide, "Required AWS KMS key
 * policy for use with encrypted volumes", "Example 1: Key policy sections that allow access to
 * the customer managed key":
 * https://docs.aws.amazon.com/autoscaling/ec2/userguide/key-policy-requirements-EBS-encryption.html
 * The principal is a role of the key's own account, not a service principal, so there is no
 * confused deputy; CreateGrant only for AWS resources, as for key users (SPEC section 8).
 * The same pattern serves other service-linked roles that attach EBS volumes.
 */
export const autoscalingStatements: ServiceStatementGenerator = (use, key) => {
  const name =
    use.roleSuffix === undefined
      ? 'AWSServiceRoleForAutoScaling'
      : `AWSServiceRoleForAutoScaling_${use.roleSuffix}`;
  const role = {
    AWS: `arn:${key.partition}:iam::${key.account}:role/aws-service-role/autoscaling.amazonaws.com/${name}`,
  };
  return [
    {
      Sid: 'ServiceAutoScalingUse',
      Effect: 'Allow',
      Principal: role,
      Action: [
        'kms:Decrypt',
        'kms:DescribeKey',
        'kms:Encrypt',
        'kms:GenerateDataKey*',
        'kms:ReEncrypt*',
      ],
      Resource: '*',
    },
    {
      Sid: 'ServiceAutoScalingGrants',
      Effect: 'Allow',
      Principal: role,
      Action: 'kms:CreateGrant',
      Resource: '*',
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    },
  ];
};
