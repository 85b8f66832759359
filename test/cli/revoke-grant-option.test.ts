import { describe, expect, it } from 'vitest';
import { runCliCaptured } from './run-cli-helper.ts';

describe('apply --revoke-grant', () => {
  it('is refused without --allow-destructive, before anything is read or written', async () => {
    const run = await runCliCaptured(['apply', '--auto-approve', '--revoke-grant', 'g-rds'], {
      cwd: '/nonexistent',
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('pass --allow-destructive with it (got --revoke-grant g-rds)');
  });

  it('is listed in the help', async () => {
    const run = await runCliCaptured(['apply', '--help']);
    expect(run.stdout).toContain('--revoke-grant <id>');
  });
});
