import { describe, expect, it } from 'vitest';
import type { ActionContext } from '../../action/action-context.ts';
import { idTokenAudienceNeeded } from '../../action/id-token-audience-needed.ts';
import { inputs, pullRequestContext, pushContext } from './action-fixtures.ts';

const ROLE = 'arn:aws:iam::{account}:role/kms-admin';
const PLAN_ROLE = 'arn:aws:iam::{account}:role/kms-plan';
const TOKEN_ENV = {
  ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.example/?api-version=2.0',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'runtime',
};
const schedule: ActionContext = { ...pushContext('/w'), eventName: 'schedule' };

describe('whether the Action will request an OIDC token, decided before the manifest is read', () => {
  it.each([
    ['apply on a push to the default branch, role-to-assume', {}, pushContext('/w')],
    ['plan on a pull request of this repository, role-to-assume', {}, pullRequestContext('/w')],
    [
      'plan with plan-role-to-assume alone',
      { 'role-to-assume': '', 'plan-role-to-assume': PLAN_ROLE },
      pullRequestContext('/w'),
    ],
    ['drift on a schedule, role-to-assume', {}, schedule],
    [
      'drift with plan-role-to-assume alone (report only)',
      { 'role-to-assume': '', 'plan-role-to-assume': PLAN_ROLE },
      schedule,
    ],
    [
      'apply outside the default branch when allowed',
      { 'apply-outside-default-branch': 'true' },
      pushContext('/w', 'refs/heads/feature'),
    ],
    [
      'workflow_dispatch with mode apply',
      { mode: 'apply', 'apply-outside-default-branch': 'true' },
      { ...pushContext('/w'), eventName: 'workflow_dispatch' },
    ],
  ])('requests one: %s', (_name, values, context) => {
    expect(
      idTokenAudienceNeeded(inputs({ 'role-to-assume': ROLE, ...values }), context, TOKEN_ENV),
    ).toBe('sts.amazonaws.com');
  });

  it.each([
    [
      'no role at all (the default credential chain)',
      { 'role-to-assume': '' },
      pushContext('/w'),
      TOKEN_ENV,
    ],
    [
      'a pull_request_target event (refused)',
      {},
      { ...pullRequestContext('/w'), eventName: 'pull_request_target' },
      TOKEN_ENV,
    ],
    ['an unsupported event', {}, { ...pushContext('/w'), eventName: 'issue_comment' }, TOKEN_ENV],
    [
      'workflow_dispatch without a mode',
      {},
      { ...pushContext('/w'), eventName: 'workflow_dispatch' },
      TOKEN_ENV,
    ],
    [
      'apply on a push to another branch (refused)',
      {},
      pushContext('/w', 'refs/heads/feature'),
      TOKEN_ENV,
    ],
    [
      'apply on a push without the default branch in the payload (refused)',
      {},
      { ...pushContext('/w'), defaultBranch: undefined },
      TOKEN_ENV,
    ],
    ["a fork's pull request", {}, pullRequestContext('/w', { fromFork: true }), TOKEN_ENV],
    [
      'drift repairs with plan-role-to-assume alone (repairs need role-to-assume)',
      { 'role-to-assume': '', 'plan-role-to-assume': PLAN_ROLE, 'on-drift': 'cancel-deletion' },
      schedule,
      TOKEN_ENV,
    ],
    ['a job without id-token: write', {}, pushContext('/w'), {}],
    [
      'a job with an empty request token',
      {},
      pushContext('/w'),
      { ...TOKEN_ENV, ACTIONS_ID_TOKEN_REQUEST_TOKEN: '' },
    ],
  ])('requests none: %s', (_name, values, context, env) => {
    expect(
      idTokenAudienceNeeded(inputs({ 'role-to-assume': ROLE, ...values }), context, env),
    ).toBeUndefined();
  });

  it('asks for the audience input', () => {
    expect(
      idTokenAudienceNeeded(
        inputs({ 'role-to-assume': ROLE, audience: 'sts.example.internal' }),
        pushContext('/w'),
        TOKEN_ENV,
      ),
    ).toBe('sts.example.internal');
  });
});
