// @vitest-environment happy-dom
import mermaid from 'mermaid';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

describe('kms-action access --format mermaid', () => {
  it('prints one flowchart of the whole example manifest that Mermaid parses', async () => {
    const run = await runCliCaptured(['access', '-f', 'examples/kms.yaml', '--format', 'mermaid']);
    expect(run.code).toBe(0);
    await expect(mermaid.parse(run.stdout)).resolves.toBeTruthy();
    for (const key of ['prod-s3', 'prod-rds', 'prod-payments', 'staging-s3']) {
      expect(run.stdout).toContain(`["key ${key}"]`);
    }
    expect(run.stdout).toContain('("alias/prod-s3-encryption")');
    expect(run.stdout).toContain('["other accounts"]');
  });
});
