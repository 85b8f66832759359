/**
 * A temporary checkout (a directory holding `.git`) with manifests in subdirectories, and the
 * CLI's plan and apply run on one of them: for tests of the ownership path and renames.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { cli, PRODUCTION, ROLE } from './plan-apply-harness.ts';

const AWS = ['--role-to-assume', ROLE];

export interface Checkout {
  dir: string;
  /** Writes `text` at `path` (relative to the checkout), creating directories. */
  write: (path: string, text: string) => Promise<void>;
  remove: () => Promise<void>;
}

export async function createCheckout(): Promise<Checkout> {
  const dir = await mkdtemp(join(tmpdir(), 'kms-action-checkout-'));
  await mkdir(join(dir, '.git'));
  return {
    dir,
    write: async (path, text) => {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), text);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A manifest of keys in PRODUCTION with an admin and an application role. */
export const manifestOf = (keys: string): string => `version: 1
defaults:
  region: us-east-1
  account: '${PRODUCTION}'
  policy: { admins: [kms-admin], users: [app-role] }
principals:
  kms-admin: arn:aws:iam::${PRODUCTION}:role/kms-admin
  app-role: arn:aws:iam::${PRODUCTION}:role/app
keys:
${keys}`;

/** One key entry with an alias and a grant; `extra` goes right after the name line. */
export const appKey = (name: string, extra = '', alias = 'alias/app'): string => `  ${name}:${extra}
    description: application data
    aliases: [${alias}]
    grants:
      - { name: app-data, grantee: app-role, operations: [Decrypt] }
`;

export interface PlanJson {
  owner: string;
  changes: {
    address: string;
    action: string;
    risk: string;
    /** Set on changes to an existing key. */
    keyId?: string;
    before: unknown;
    after: unknown;
  }[];
  problems: { code: string; key: string }[];
}

/** `plan --format json --detailed-exitcode` of `file`, run in `cwd`. */
export async function planJson(
  file: string,
  cwd: string,
): Promise<{ code: number; plan: PlanJson }> {
  const run = await cli(
    ['plan', '-f', file, '--format', 'json', '--detailed-exitcode', ...AWS],
    cwd,
  );
  return { code: run.code, plan: JSON.parse(run.stdout) as PlanJson };
}

/** Applies `file` from `cwd` and expects it to succeed silently. */
export async function applyOk(file: string, cwd: string): Promise<void> {
  const run = await cli(['apply', '-f', file, '--auto-approve', ...AWS], cwd);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
}

/** Apply with its result, for refusals. */
export async function applyRun(
  file: string,
  cwd: string,
): Promise<{ code: number; stderr: string }> {
  return cli(['apply', '-f', file, '--auto-approve', ...AWS], cwd);
}

export const summaryOf = (planned: PlanJson): string[] =>
  planned.changes.map((change) => `${change.address} ${change.action} ${change.risk}`);
