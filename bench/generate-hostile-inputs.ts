/**
 * Worst-case inputs a hostile pull request can send (docs/security.md): the wildcard pattern
 * that made regex-based glob matching backtrack, and a manifest just under the 1 MiB limit made
 * of trivial keys. Shared by `npm run bench` and the measurement scripts.
 */
export interface HostileInputs {
  /** `kms:` then 16 times `*?` then `Z`: no KMS action matches, every split is tried. */
  wildcardAction: string;
  /** A key policy document (JSON text) whose only Action is the wildcard pattern. */
  wildcardPolicy: string;
  /** A small manifest (about 600 bytes) whose raw key policy uses the wildcard pattern. */
  wildcardManifest: string;
  /** A manifest of `count` keys, each a one-line mapping (`  k00001: {}`). */
  trivialKeysManifest: (count: number) => string;
  /** As many trivial keys as fit under the 1 MiB manifest limit. */
  maxTrivialKeys: number;
  /** A manifest of `count` realistic keys, one line each (5,000 make about 720 KiB). */
  compactKeysManifest: (count: number) => string;
  /**
   * Manifests just under 1 MiB that make yaml report one error per lexeme (an Error with its
   * stack trace each: one line of `]` took 30 s before the lexeme scanner refused it), and
   * the deeply nested block lists bounded by the cap on values.
   */
  yamlErrorFloods: { label: string; manifest: string }[];
}

export function generateHostileInputs(account = '111122223333'): HostileInputs {
  const wildcardAction = `kms:${'*?'.repeat(16)}Z`;
  const root = `arn:aws:iam::${account}:root`;
  const wildcardPolicy = JSON.stringify(
    {
      Version: '2012-10-17',
      Statement: [
        { Sid: 'Root', Effect: 'Allow', Principal: { AWS: root }, Action: 'kms:*', Resource: '*' },
        {
          Sid: 'Hostile',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${account}:role/app` },
          Action: wildcardAction,
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );
  const wildcardManifest = [
    'version: 1',
    'keys:',
    '  hostile:',
    `    account: "${account}"`,
    '    region: us-east-1',
    '    environment: staging',
    '    service: s3',
    '    aliases: [alias/hostile]',
    '    policy:',
    '      document:',
    '        Version: "2012-10-17"',
    '        Statement:',
    '          - Sid: Root',
    '            Effect: Allow',
    `            Principal: { AWS: "${root}" }`,
    '            Action: "kms:*"',
    '            Resource: "*"',
    '          - Sid: Hostile',
    '            Effect: Allow',
    `            Principal: { AWS: "arn:aws:iam::${account}:role/app" }`,
    `            Action: "${wildcardAction}"`,
    '            Resource: "*"',
    '',
  ].join('\n');
  const header = `version: 1\ndefaults:\n  account: "${account}"\n  region: us-east-1\nkeys:\n`;
  const trivialKeysManifest = (count: number): string => {
    const lines: string[] = [header];
    for (let index = 0; index < count; index += 1) {
      lines.push(`  k${String(index).padStart(5, '0')}: {}\n`);
    }
    return lines.join('');
  };
  // Every line is `  k` + 5 digits + `: {}` + newline = 13 bytes (6 digits past 99,999).
  const maxTrivialKeys = Math.floor((1024 * 1024 - header.length) / 13);
  const compactKeysManifest = (count: number): string => {
    const lines: string[] = [
      header.replace('keys:\n', ''),
      `  policy: { admins: [kms-admin] }\nprincipals:\n  kms-admin: arn:aws:iam::${account}:role/kms-admin\nkeys:\n`,
    ];
    for (let index = 0; index < count; index += 1) {
      const name = `svc${String(index).padStart(5, '0')}`;
      lines.push(
        `  ${name}: { environment: staging, service: ${name}, aliases: [alias/${name}], policy: { users: ["arn:aws:iam::${account}:role/${name}"] } }\n`,
      );
    }
    return lines.join('');
  };
  const underLimit = (unit: string, suffix = ''): string => {
    const room = 1024 * 1024 - header.length - suffix.length - 1;
    return `${header}${unit.repeat(Math.floor(room / unit.length))}${suffix}`;
  };
  const yamlErrorFloods = [
    { label: 'one line of `]`', manifest: underLimit(']', '\n') },
    { label: 'lines of `...`', manifest: underLimit('...\n') },
    { label: 'lines of `&a` (anchors on nothing)', manifest: underLimit('&a\n') },
    { label: 'lines of `@`', manifest: underLimit('@\n') },
    {
      label: '99,990 lines of `|` (block scalar headers, under the cap on values)',
      manifest: underLimit('|\n').slice(0, header.length + 199_980),
    },
    {
      label: '11,000 lines of `- - - - - - - - x`',
      manifest: header + '  - - - - - - - - x\n'.repeat(11_000),
    },
    { label: 'blank lines', manifest: underLimit('\n') },
  ];
  return {
    yamlErrorFloods,
    wildcardAction,
    wildcardPolicy,
    wildcardManifest,
    trivialKeysManifest,
    maxTrivialKeys,
    compactKeysManifest,
  };
}
