/**
 * Guard: manifest text the Action logs cannot start a line of its own in the job log, where
 * the runner would read `::command::` (stop-commands, add-mask, forged annotations). The same
 * for the text of a saved plan file that `apply --plan` refuses as stale.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../action/main.ts';
import { computeFingerprint, renderFingerprint } from '../../action/plan-fingerprint.ts';
import { checkSavedPlan } from '../../cli/check-saved-plan.ts';
import { parseSavedPlan } from '../../core/plan/parse-saved-plan.ts';
import type { Change } from '../../core/plan/plan-types.ts';
import {
  API,
  MANIFEST,
  REPO,
  createWorkspace,
  emptyLive,
  fakeServices,
  inputs,
  octokit,
  planOf,
  pushContext,
  type Workspace,
  MERGED_PULLS,
} from '../action/action-fixtures.ts';
import { runCliCaptured } from '../cli/run-cli-helper.ts';

let workspace: Workspace;

beforeAll(async () => {
  nock.disableNetConnect();
  workspace = await createWorkspace();
});
afterAll(async () => {
  await workspace.remove();
});
afterEach(() => {
  nock.cleanAll();
});

const create: Change = {
  key: 'prod-s3',
  account: '111122223333',
  region: 'us-east-1',
  address: 'key.prod-s3',
  action: 'create',
  access: [],
  risk: 'safe',
  after: {
    description: 'S3 key\n::stop-commands::pwned\r::add-mask::x\u2028::warning::forged',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    multiRegion: false,
    tags: {},
    bypassPolicyLockoutSafetyCheck: false,
  },
};

describe('apply progress in the job log', () => {
  it('shows the line breaks of a description instead of starting a workflow command', async () => {
    // The change was reviewed on the merged pull request #7: apply makes it.
    const fingerprint = computeFingerprint({
      base: 'b'.repeat(40),
      manifestSha256: 'f'.repeat(64),
      live: emptyLive(),
      plan: planOf([create]),
    });
    const planComment = `<!-- kms-action:kms.yaml -->\n${renderFingerprint(fingerprint).hidden}\nplan`;
    const bot = { login: 'github-actions[bot]', type: 'Bot' };
    nock(API)
      .get(`${REPO}/commits/${'d'.repeat(40)}/pulls`)
      .query(true)
      .reply(200, MERGED_PULLS)
      .post('/graphql')
      .reply(200, { data: { viewer: { login: bot.login } } })
      .get(`${REPO}/issues/7/comments`)
      .query(true)
      .times(2)
      .reply(200, [
        { id: 3, body: planComment, user: bot, html_url: 'u', updated_at: '2025-12-31T23:00:00Z' },
      ])
      .post(`${REPO}/issues/7/comments`)
      .reply(201, { id: 9, html_url: 'u' });
    const services = fakeServices([{ plan: planOf([create]) }], {
      apply: (plan, options) => {
        for (const change of plan.changes) options.onProgress?.({ type: 'start', change });
        return { applied: [...plan.changes], heldBack: [] };
      },
    });

    await run(inputs(), octokit(), pushContext(workspace.dir), services);

    const logged = services.lines.join('\n');
    expect(logged).toContain(
      'applying key.prod-s3: create SYMMETRIC_DEFAULT key: S3 key[U+000A]::stop-commands::pwned[U+000D]::add-mask::x[U+2028]::warning::forged',
    );
    expect(logged).not.toMatch(/^::(stop-commands|add-mask|warning)::/m);
  });
});

describe('a stale saved plan in the job log (apply --plan)', () => {
  it('shows the line breaks of the plan file and manifest text instead of starting a workflow command', () => {
    // The plan file is untrusted (e.g. an artifact of another job): the strict parser accepts
    // any text in its free-text fields.
    const hostile = '\n::stop-commands::pwned\r::add-mask::x\u2028::warning::forged\u001b[2J';
    const saved = parseSavedPlan(
      JSON.stringify({
        format_version: 1,
        kind: 'kms-action-plan',
        tool_version: `0.0.0${hostile}`,
        manifest: { path: `kms.yaml${hostile}`, sha256: 'a'.repeat(64) },
        owner: `acme/platform-keys/kms.yaml${hostile}`,
        live_sha256: 'b'.repeat(64),
        targets: null,
        changes: [
          {
            address: `key.other${hostile}`,
            action: 'create',
            risk: 'safe',
            summary: 'create',
            id: 'c'.repeat(64),
          },
        ],
      }),
      'plan.json',
    );
    const message = checkSavedPlan(saved, 'plan.json', {
      manifestFile: {
        file: 'kms.yaml',
        manifestPath: 'kms.yaml',
        repositoryRoot: { directory: '/checkout', source: 'git' },
        content: new TextEncoder().encode(MANIFEST),
        text: MANIFEST,
      },
      plan: planOf([create]),
      live: emptyLive(),
    });
    expect(message).toContain('kms.yaml[U+000A]::stop-commands::pwned[U+000D]');
    expect(message).toContain('key.other[U+000A]');
    expect(message).not.toMatch(/^\s*::(stop-commands|add-mask|warning)::/m);
    for (const character of ['\r', '\u2028', '\u001b']) expect(message).not.toContain(character);
  });
});

describe('list-manifests in the job log', () => {
  it('shows the line breaks of a directory name in its warnings instead of starting a workflow command', async () => {
    // A pull request may commit any directory name: git allows line breaks in paths.
    const checkout = await mkdtemp(join(tmpdir(), 'kms-action-list-'));
    try {
      const hostile = join(checkout, 'team\n::stop-commands::pwned\r::warning::forged');
      await mkdir(hostile);
      await writeFile(join(hostile, 'kms.yaml'), 'version: 1\nkeys: [not, a, mapping]\n');
      const listed = await runCliCaptured(['list-manifests', '--json'], { cwd: checkout });
      expect(listed.code).toBe(0);
      expect(listed.stderr).toContain('team[U+000A]::stop-commands::pwned[U+000D]');
      expect(listed.stdout + listed.stderr).not.toMatch(/^\s*::(stop-commands|warning)::/m);
      expect(listed.stdout + listed.stderr).not.toContain('\r');
    } finally {
      await rm(checkout, { recursive: true, force: true });
    }
  });
});
