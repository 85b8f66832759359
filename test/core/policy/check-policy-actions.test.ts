import { describe, expect, it } from 'vitest';
import { checkPolicyActions } from '../../../core/policy/check-policy-actions.ts';
import { collectPolicyProblems, onlyProblem } from './collect-policy-problems.ts';

const check = (actions: unknown) =>
  collectPolicyProblems((report) => {
    checkPolicyActions(actions, ['Action'], report);
  });

// IAM User Guide, "IAM JSON policy elements: Action"; KMS actions from the Service
// Authorization Reference.
describe('checkPolicyActions (IAM JSON policy element reference: Action)', () => {
  it('accepts KMS actions in any case, and wildcards that match one', () => {
    expect(check(['kms:decrypt', 'kms:GenerateDataKey*', 'kms:*', '*', 'kms:Re?ncrypt*'])).toEqual(
      [],
    );
  });

  it.each([
    [
      'misspelt action',
      ['kms:Encrypt', 'kms:Decrpyt'],
      '/Action/1',
      '`kms:Decrpyt` is not a KMS action',
    ],
    [
      'action of another service',
      's3:GetObject',
      '/Action',
      'a key policy controls KMS actions only',
    ],
    ['action without prefix', ['Decrypt'], '/Action/0', '`Decrypt` has no service prefix'],
    ['wildcard matching nothing', 'kms:Destroy*', '/Action', 'matches no KMS action'],
    [
      'action not a string',
      ['kms:Decrypt', 42],
      '/Action/1',
      'action must be a string, got number 42',
    ],
    ['empty list', [], '/Action', 'the action list is empty'],
    ['an object', { kms: 'Decrypt' }, '/Action', 'must be a string or a list of strings'],
  ] as const)('reports %s', (_name, actions, path, message) => {
    const problem = onlyProblem(check(actions));
    expect(problem).toMatchObject({ path, severity: 'error' });
    expect(problem.message).toContain(message);
  });

  // U+212A KELVIN SIGN lower-cases to an ASCII `k`: folded, `\u212Ams:Decrypt` would pass as
  // kms:Decrypt here (and a Deny of it would be evaluated as denying Decrypt) while AWS, whose
  // action names are ASCII, may read it as another action.
  it.each([['\u212Ams:Decrypt'], ['kms:Re\u212Aey*'], ['\u212Ams:*']])(
    'reports an action with a character other than ASCII (%j)',
    (action) => {
      const problem = onlyProblem(check(['kms:Encrypt', action]));
      expect(problem).toMatchObject({ path: '/Action/1', severity: 'error' });
      expect(problem.message).toContain('ASCII');
    },
  );

  it('suggests the nearest KMS action', () => {
    expect(onlyProblem(check('kms:Decrpyt')).hint).toBe('did you mean `kms:Decrypt`?');
  });

  it('reports every unknown action of a list, not just the first', () => {
    expect(check(['kms:Nope', 'kms:Decrypt', 's3:Get', 'Encrypt']).map((p) => p.path)).toEqual([
      '/Action/0',
      '/Action/2',
      '/Action/3',
    ]);
  });
});
