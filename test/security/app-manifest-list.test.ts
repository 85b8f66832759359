/**
 * Guard: a pull request can add manifests for the app to check, never drop one the base
 * branch checks, the implicit `kms.yaml` included. The head's `.github/kms-action.yml` is
 * the change's own file: listing only a decoy in it must not stop `kms.yaml` from being
 * checked.
 */
import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { kmsActionApp } from '../../app/index.ts';
import {
  BASE_SHA,
  HEAD_SHA,
  createTestProbot,
  loadFixture,
  mockGitHub,
  type GitHubMock,
} from '../app/github-mock.ts';
import { CLEAN_MANIFEST } from '../app/manifests.ts';

const CHECK_RUNS = '/repos/acme/infra/check-runs';
const CONFIG = '.github/kms-action.yml';
/** The production key with rotation off: an error on line 16. */
const WEAKENED = CLEAN_MANIFEST.replace(
  'rotation: { enabled: true, period_in_days: 180 }',
  'rotation: { enabled: false }',
);

vi.setConfig({ testTimeout: 30_000 });

let probot: Probot;

beforeEach(async () => {
  nock.disableNetConnect();
  probot = createTestProbot();
  await probot.load(kmsActionApp({ planner: undefined }));
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

async function openPullRequest(github: GitHubMock): Promise<[string, string][]> {
  await probot.receive({
    id: 'delivery-manifest-list',
    name: 'pull_request',
    payload: loadFixture('pull_request.opened'),
  } as Parameters<Probot['receive']>[0]);
  expect(github.scope.pendingMocks()).toEqual([]);
  return (github.sent('POST', CHECK_RUNS) as { name: string; conclusion: string }[]).map((run) => [
    run.name,
    run.conclusion,
  ]);
}

describe('the manifests the app checks: the head adds, never drops', () => {
  it('a head config listing only a decoy does not stop the implicit kms.yaml from being checked', async () => {
    const github = mockGitHub()
      .auth()
      .file(CONFIG, BASE_SHA, undefined)
      .file(CONFIG, HEAD_SHA, 'manifests: [decoy.yaml]\n')
      .file('kms.yaml', HEAD_SHA, WEAKENED)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .file('decoy.yaml', HEAD_SHA, CLEAN_MANIFEST)
      .file('decoy.yaml', BASE_SHA, undefined)
      .createCheckRun(1)
      .createCheckRun(2)
      .files([{ filename: 'README.md', patch: '@@ -1 +1 @@\n-a\n+b' }])
      .reviewComments([]);

    expect(await openPullRequest(github)).toEqual([
      ['kms-action: kms.yaml', 'failure'],
      ['kms-action: decoy.yaml', 'success'],
    ]);
  });

  it('a head config that drops a manifest the base config lists still checks it', async () => {
    const github = mockGitHub()
      .auth()
      .file(CONFIG, BASE_SHA, 'manifests: [accounts/prod/kms.yaml]\n')
      .file(CONFIG, HEAD_SHA, 'manifests: [decoy.yaml]\n')
      .file('accounts/prod/kms.yaml', HEAD_SHA, WEAKENED)
      .file('accounts/prod/kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .file('decoy.yaml', HEAD_SHA, CLEAN_MANIFEST)
      .file('decoy.yaml', BASE_SHA, undefined)
      .createCheckRun(3)
      .createCheckRun(4)
      .files([])
      .reviewComments([]);

    expect(await openPullRequest(github)).toEqual([
      ['kms-action: accounts/prod/kms.yaml', 'failure'],
      ['kms-action: decoy.yaml', 'success'],
    ]);
  });

  it('a base config the app cannot use leaves the implicit kms.yaml checked', async () => {
    const github = mockGitHub()
      .auth()
      .file(CONFIG, BASE_SHA, 'manifests: ../elsewhere.yaml\n')
      .file(CONFIG, HEAD_SHA, 'manifests: [decoy.yaml]\n')
      .file('kms.yaml', HEAD_SHA, WEAKENED)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .file('decoy.yaml', HEAD_SHA, CLEAN_MANIFEST)
      .file('decoy.yaml', BASE_SHA, undefined)
      .createCheckRun(5)
      .createCheckRun(6)
      .files([])
      .reviewComments([]);

    expect(await openPullRequest(github)).toEqual([
      ['kms-action: kms.yaml', 'failure'],
      ['kms-action: decoy.yaml', 'success'],
    ]);
  });

  it('deleting kms.yaml together with listing a decoy is a failing check for kms.yaml', async () => {
    const github = mockGitHub()
      .auth()
      .file(CONFIG, BASE_SHA, undefined)
      .file(CONFIG, HEAD_SHA, 'manifests: [decoy.yaml]\n')
      .file('kms.yaml', HEAD_SHA, undefined)
      .file('kms.yaml', BASE_SHA, CLEAN_MANIFEST)
      .file('decoy.yaml', HEAD_SHA, CLEAN_MANIFEST)
      .file('decoy.yaml', BASE_SHA, undefined)
      .createCheckRun(7)
      .createCheckRun(8)
      .files([])
      .reviewComments([]);

    expect(await openPullRequest(github)).toEqual([
      ['kms-action: kms.yaml', 'failure'],
      ['kms-action: decoy.yaml', 'success'],
    ]);
  });

  it('a repository with neither kms.yaml nor a base config checks only what the head lists', async () => {
    const github = mockGitHub()
      .auth()
      .file(CONFIG, BASE_SHA, undefined)
      .file(CONFIG, HEAD_SHA, 'manifests: [keys/kms.yaml]\n')
      .file('kms.yaml', HEAD_SHA, undefined)
      .file('kms.yaml', BASE_SHA, undefined)
      .file('keys/kms.yaml', HEAD_SHA, CLEAN_MANIFEST)
      .file('keys/kms.yaml', BASE_SHA, undefined)
      .createCheckRun(9)
      .files([])
      .reviewComments([]);

    expect(await openPullRequest(github)).toEqual([['kms-action: keys/kms.yaml', 'success']]);
  });
});
