import { describe, expect, it } from 'vitest';
import type { ActionMode } from '../../action/get-action-inputs.ts';
import { roleForMode } from '../../action/role-for-mode.ts';
import { inputs } from './action-fixtures.ts';

const ADMIN = 'arn:aws:iam::{account}:role/kms-admin';
const READER = 'arn:aws:iam::{account}:role/kms-plan';

describe('the role each mode assumes', () => {
  it.each<[string, ActionMode, Record<string, string>, string | undefined]>([
    [
      'plan reads with plan-role-to-assume',
      'plan',
      { 'plan-role-to-assume': READER },
      'plan-role-to-assume',
    ],
    ['plan falls back to role-to-assume', 'plan', {}, 'role-to-assume'],
    [
      'apply writes with role-to-assume only',
      'apply',
      { 'plan-role-to-assume': READER },
      'role-to-assume',
    ],
    [
      'drift reports with plan-role-to-assume',
      'drift',
      { 'plan-role-to-assume': READER },
      'plan-role-to-assume',
    ],
    [
      'drift repairs with role-to-assume',
      'drift',
      { 'plan-role-to-assume': READER, 'on-drift': 'cancel-deletion' },
      'role-to-assume',
    ],
    ['no role input: none', 'apply', { 'role-to-assume': '' }, undefined],
    [
      'drift repairs without role-to-assume: none',
      'drift',
      { 'role-to-assume': '', 'plan-role-to-assume': READER, 'on-drift': 'cancel-deletion' },
      undefined,
    ],
  ])('%s', (_name, mode, values, input) => {
    const role = roleForMode(mode, inputs({ 'role-to-assume': ADMIN, ...values }));
    expect(role?.input).toBe(input);
    if (role !== undefined) expect(role.arn).toBe(input === 'role-to-assume' ? ADMIN : READER);
  });
});
