import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { getActionInputs } from '../../action/get-action-inputs.ts';

const read = (values: Record<string, string>) =>
  getActionInputs((name) => ({ 'github-token': 'ghs_x', ...values })[name] ?? '');

describe('getActionInputs', () => {
  it('fills every default of action.yml', () => {
    expect(read({})).toEqual({
      mode: undefined,
      manifest: 'kms.yaml',
      roleToAssume: undefined,
      planRoleToAssume: undefined,
      applyRole: undefined,
      awsRegion: undefined,
      audience: 'sts.amazonaws.com',
      roleDurationSeconds: 3600,
      roleSessionName: undefined,
      maskAwsAccountId: false,
      githubToken: 'ghs_x',
      failOn: 'error',
      allowDestructive: false,
      onDrift: 'report',
      applyOutsideDefaultBranch: false,
      comment: true,
    });
  });

  it('reads every input action.yml declares, and no other', () => {
    const declared = Object.keys(
      (parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, unknown> }).inputs,
    );
    const asked: string[] = [];
    getActionInputs((name) => {
      asked.push(name);
      return name === 'github-token' ? 'ghs_x' : '';
    });
    expect([...new Set(asked)].sort()).toEqual(declared.sort());
  });

  it('reads every input', () => {
    expect(
      read({
        mode: 'drift',
        manifest: './infra/kms.yaml',
        'role-to-assume': 'arn:aws:iam::{account}:role/kms-admin',
        'plan-role-to-assume': 'arn:aws:iam::111122223333:role/kms-plan',
        'apply-role': 'arn:aws-us-gov:iam::{account}:role/ci/kms-action-apply',
        'aws-region': 'eu-central-1',
        audience: 'sts.example',
        'role-duration-seconds': '900',
        'role-session-name': 'kms-action@run=42,a.b_c-d+e',
        'mask-aws-account-id': 'true',
        'fail-on': 'never',
        'allow-destructive': 'TRUE',
        'on-drift': 'cancel-deletion',
        'apply-outside-default-branch': 'True',
        comment: 'false',
      }),
    ).toMatchObject({
      mode: 'drift',
      manifest: 'infra/kms.yaml',
      roleToAssume: 'arn:aws:iam::{account}:role/kms-admin',
      planRoleToAssume: 'arn:aws:iam::111122223333:role/kms-plan',
      applyRole: 'arn:aws-us-gov:iam::{account}:role/ci/kms-action-apply',
      awsRegion: 'eu-central-1',
      audience: 'sts.example',
      roleDurationSeconds: 900,
      roleSessionName: 'kms-action@run=42,a.b_c-d+e',
      maskAwsAccountId: true,
      failOn: 'never',
      allowDestructive: true,
      onDrift: 'cancel-deletion',
      applyOutsideDefaultBranch: true,
      comment: false,
    });
  });

  it.each([
    ['./infra/kms.yaml', 'infra/kms.yaml'],
    ['infra/./kms.yaml', 'infra/kms.yaml'],
    ['infra//kms.yaml', 'infra/kms.yaml'],
    ['.\\infra\\kms.yaml', 'infra/kms.yaml'],
  ])('spells manifest %s as %s, one ownership tag for one file', (manifest, expected) => {
    expect(read({ manifest }).manifest).toBe(expected);
  });

  it.each([
    [{ mode: 'destroy' }, "input 'mode' must be one of plan, apply, drift, got 'destroy'"],
    [
      { 'fail-on': 'fatal' },
      "input 'fail-on' must be one of error, warning, notice, never, got 'fatal'",
    ],
    [
      { 'on-drift': 'delete' },
      "input 'on-drift' must be one of report, cancel-deletion, got 'delete'",
    ],
    [{ 'allow-destructive': 'yes' }, "input 'allow-destructive' must be true or false, got 'yes'"],
    [{ comment: 'on' }, "input 'comment' must be true or false, got 'on'"],
    [
      { 'role-to-assume': 'kms-admin' },
      "input 'role-to-assume' must be an IAM role ARN, optionally with {account}, e.g. 'arn:aws:iam::{account}:role/kms-admin', got 'kms-admin'",
    ],
    [
      { 'plan-role-to-assume': 'arn:aws:iam::1234:role/x' },
      "input 'plan-role-to-assume' must be an IAM role ARN",
    ],
    [
      { 'apply-role': 'kms-action-apply' },
      "input 'apply-role' must be an IAM role ARN, optionally with {account}, e.g. 'arn:aws:iam::{account}:role/kms-admin', got 'kms-action-apply'",
    ],
    // Fail closed: an ARN the plan could not match to the applier is refused, never ignored.
    [
      { 'apply-role': 'arn:aws:iam::{account}:user/deployer' },
      "input 'apply-role' must be an IAM role ARN",
    ],
    [
      { 'apply-role': 'arn:aws:sts::111122223333:assumed-role/kms-admin/session' },
      "input 'apply-role' must be an IAM role ARN",
    ],
    [
      { 'apply-role': 'arn:aws:iam::{account}:role/kms-{account}' },
      "input 'apply-role' must be an IAM role ARN",
    ],
    [
      { 'apply-role': 'arn:aws:iam::11112222333:role/x' },
      "input 'apply-role' must be an IAM role ARN",
    ],
    [
      { 'aws-region': 'Virginia' },
      "input 'aws-region' must be an AWS Region name such as 'us-east-1', got 'Virginia'",
    ],
    [
      { 'role-duration-seconds': '60' },
      "input 'role-duration-seconds' must be a whole number between 900 and 43200, got '60'",
    ],
    [{ 'role-duration-seconds': '1h' }, "got '1h'"],
    [
      { 'role-session-name': 'kms action' },
      "input 'role-session-name' must be 2 to 64 characters of letters, digits and + = , . @ _ -, got 10: 'kms action'",
    ],
    [{ 'role-session-name': 'x' }, "input 'role-session-name' must be 2 to 64 characters"],
    [{ 'role-session-name': 'x'.repeat(65) }, 'got 65:'],
    [
      { 'mask-aws-account-id': 'yes' },
      "input 'mask-aws-account-id' must be true or false, got 'yes'",
    ],
    [
      { manifest: '../other/kms.yaml' },
      "input 'manifest' must be a path inside the repository, relative to its root, got '../other/kms.yaml'",
    ],
    [{ manifest: '/etc/kms.yaml' }, "got '/etc/kms.yaml'"],
    // The path is part of the ownership tag: a second spelling of the same file would own
    // nothing of the first and plan every key again.
    [
      { manifest: 'kms.yaml/' },
      "input 'manifest' must name the manifest file, without a trailing '/', got 'kms.yaml/'",
    ],
    [{ manifest: 'infra/kms.yaml//' }, "got 'infra/kms.yaml//'"],
    [{ manifest: '.' }, "input 'manifest' must name the manifest file"],
    [{ 'github-token': '' }, "input 'github-token' is empty"],
  ])('refuses %o naming the input and the value', (values, message) => {
    expect(() => read(values)).toThrow(message);
  });

  it.each([
    ['./kms.yaml', 'kms.yaml'],
    ['infra//kms.yaml', 'infra/kms.yaml'],
    ['infra\\kms.yaml', 'infra/kms.yaml'],
  ])('spells the manifest %j one way, %j (part of the ownership tag)', (manifest, spelled) => {
    expect(read({ manifest }).manifest).toBe(spelled);
  });
});

/**
 * The `manifest` input comes from a checkout path (`list-manifests --json` feeds it to a matrix),
 * and a pull request can add a directory whose name holds a line break: the Action logs the
 * input, so `team\n::stop-commands::x/kms.yaml` would stop workflow commands, and every
 * `::add-mask::` after it (session credentials included) would be ignored. Such a path is
 * refused before anything is logged, shown with its invisible characters revealed.
 */
describe('manifest input with control or invisible characters', () => {
  it.each([
    ['team\n::stop-commands::pwned/kms.yaml', 'team[U+000A]::stop-commands::pwned/kms.yaml'],
    ['a\r::add-mask::x/kms.yaml', 'a[U+000D]::add-mask::x/kms.yaml'],
    ['a\u2028b/kms.yaml', 'a[U+2028]b/kms.yaml'],
    ['evil\u202Elmay.yaml', 'evil[U+202E]lmay.yaml'],
    [
      'x\u001b]8;;https://evil.example/\u0007y/kms.yaml',
      'x[U+001B]]8;;https://evil.example/[U+0007]y/kms.yaml',
    ],
  ])('refuses %j', (manifest, shown) => {
    expect(() => read({ manifest })).toThrow(
      `input 'manifest' must be a path without control or invisible characters, got '${shown}'`,
    );
  });
});
