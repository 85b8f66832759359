/** A realistic manifest with `count` keys: services x environments, users, aliases, encryption context. */
export function generateManifest(count: number, account = '111122223333'): string {
  const services = ['s3', 'rds', 'ebs', 'sqs', 'sns', 'dynamodb', 'secretsmanager', 'lambda'];
  const lines = [
    'version: 1',
    'defaults:',
    '  region: us-east-1',
    `  account: "${account}"`,
    '  rotation: { enabled: true, period_in_days: 365 }',
    '  tags: { ManagedBy: kms-action }',
    '  policy: { admins: [kms-admin] }',
    'principals:',
    `  kms-admin: arn:aws:iam::${account}:role/kms-admin`,
    'keys:',
  ];
  for (let index = 0; index < count; index += 1) {
    const service = services[index % services.length] ?? 's3';
    const viaService = ['secretsmanager', 'lambda'].includes(service)
      ? undefined
      : service === 'ebs'
        ? 'ec2'
        : service;
    lines.push(
      `  svc${index}-${service}:`,
      `    environment: ${index % 3 === 0 ? 'production' : 'staging'}`,
      `    service: ${service}`,
      `    description: CMK for service ${index} (${service})`,
      `    aliases: [alias/svc${index}-${service}]`,
      '    policy:',
      `      users: ["arn:aws:iam::${account}:role/app-${index}"]`,
      `      encryption_context: { service: svc${index} }`,
    );
    if (viaService !== undefined) lines.push(`      via_service: [${viaService}]`);
  }
  return `${lines.join('\n')}\n`;
}
