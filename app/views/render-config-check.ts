import { escapeMarkdown } from '../../core/render/escape-markdown.ts';

export interface ConfigCheckProps {
  configPath: string;
  problems: readonly string[];
}

/** Summary of the failing check run for an invalid `.github/kms-action.yml`. */
export function renderConfigCheck(props: ConfigCheckProps): string {
  return [
    `## ❌ ${escapeMarkdown(props.configPath)} is invalid`,
    '',
    ...props.problems.map((problem) => `- ${escapeMarkdown(problem)}`),
    '',
    'Until it is fixed, the manifests listed on the base branch (or `kms.yaml`) are checked. Expected form:',
    '',
    '```yaml',
    'manifests:',
    '  - kms.yaml',
    '  - accounts/staging/kms.yaml',
    '```',
  ].join('\n');
}
