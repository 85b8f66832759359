import { ruleHelpUri, type Finding, type RuleMetadata, type Severity } from '../lint/types.ts';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface RenderFindingsSarifOptions {
  /** Metadata of every rule that may appear (all of them are listed, as code scanning expects). */
  rules: readonly RuleMetadata[];
  /** kms-action version. */
  version: string;
  informationUri?: string;
}

/** The subset of SARIF 2.1.0 this renderer writes. */
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}

interface SarifRun {
  tool: {
    driver: {
      name: string;
      version: string;
      informationUri: string;
      rules: SarifRule[];
    };
  };
  results: SarifResult[];
  columnKind: 'unicodeCodePoints';
}

interface SarifRule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; precision: 'high'; 'security-severity': string };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string };
      region: { startLine: number; startColumn: number };
    };
  }[];
  properties?: { key: string };
}

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Readonly<Record<Severity, SarifLevel>> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
};

/** GitHub code scanning ranks security alerts by this score (0.1..10). */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = {
  error: '8.0',
  warning: '5.0',
  notice: '2.0',
};

/**
 * Findings as a SARIF 2.1.0 log for GitHub code scanning: one run, every rule with its
 * description, help and a help URI into docs/rules.md, and each result at its line and
 * column of the manifest (or policy) file, whose path becomes a relative URI.
 */
export function renderFindingsSarif(
  findings: readonly Finding[],
  options: RenderFindingsSarifOptions,
): SarifLog {
  const rules = [...options.rules];
  for (const finding of findings) {
    if (!rules.some((rule) => rule.id === finding.rule)) {
      throw new Error(`no rule metadata for finding rule \`${finding.rule}\``);
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kms-action',
            version: options.version,
            informationUri: options.informationUri ?? 'https://github.com/kms-action/kms-action',
            rules: rules.map(sarifRule),
          },
        },
        results: findings.map((finding) => ({
          ruleId: finding.rule,
          ruleIndex: rules.findIndex((rule) => rule.id === finding.rule),
          level: LEVELS[finding.severity],
          message: { text: `${finding.message}. Fix: ${finding.help}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: fileUri(finding.file) },
                region: { startLine: finding.line, startColumn: finding.column },
              },
            },
          ],
          ...(finding.key === undefined ? {} : { properties: { key: finding.key } }),
        })),
        columnKind: 'unicodeCodePoints',
      },
    ],
  };
}

function sarifRule(rule: RuleMetadata): SarifRule {
  const helpUri = ruleHelpUri(rule.id);
  return {
    id: rule.id,
    name: rule.id
      .split('-')
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(''),
    shortDescription: { text: rule.summary },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}\n\nHow to fix: ${rule.help}\n\nPractice: ${rule.practice.title} (${rule.practice.url})\nDetails: ${helpUri}`,
      markdown: `${rule.rationale}\n\n**How to fix:** ${rule.help}\n\n**Practice:** [${rule.practice.title}](${rule.practice.url})\n\n[Rule documentation](${helpUri})`,
    },
    helpUri,
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: {
      tags: ['security', 'aws-kms'],
      precision: 'high',
      'security-severity': SECURITY_SEVERITY[rule.defaultSeverity],
    },
  };
}

/** A repository-relative path as a relative URI; an absolute path as a `file:` URI. */
function fileUri(file: string): string {
  const path = file.replaceAll('\\', '/');
  const encoded = path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  if (/^[A-Za-z]:\//.test(path)) return `file:///${encoded.replace('%3A', ':')}`;
  return path.startsWith('/') ? `file://${encoded}` : encoded.replace(/^\.\//, '');
}
