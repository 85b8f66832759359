import { describe, expect, it } from 'vitest';
import { draftKeyPolicy } from '../../../core/import/draft-key-policy.ts';
import type { KeyDraft } from '../../../core/import/key-draft.ts';
import { principalsOfDraft } from '../../../core/import/principals-of-draft.ts';
import type { LiveKey } from '../../../core/plan/live-state.ts';
import { KEY_ADMIN_ACTIONS } from '../../../core/policy/key-admin-actions.ts';
import type { KeyPolicyDocument } from '../../../core/policy/types.ts';

const ACCOUNT = '111122223333';
const role = (name: string, account = ACCOUNT) => `arn:aws:iam::${account}:role/${name}`;
const root = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow' as const,
  Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};
const awsDefault: KeyPolicyDocument = { Version: '2012-10-17', Statement: [root] };
/** The generated administrators' grant in the 2008 language: same access, other words. */
const otherWords: KeyPolicyDocument = {
  Version: '2008-10-17',
  Statement: [
    root,
    {
      Effect: 'Allow',
      Principal: { AWS: role('admin') },
      Action: KEY_ADMIN_ACTIONS,
      Resource: '*',
    },
  ],
};

function draftOf(fields: Partial<LiveKey>): KeyDraft {
  const key: LiveKey = {
    arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/00000001-0000-4000-8000-000000000000`,
    id: '00000001-0000-4000-8000-000000000000',
    account: ACCOUNT,
    region: 'us-east-1',
    description: 'key',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyManager: 'CUSTOMER',
    origin: 'AWS_KMS',
    state: 'Enabled',
    multiRegion: false,
    rotation: { enabled: true, periodInDays: 365 },
    policy: awsDefault,
    policyText: JSON.stringify(awsDefault),
    tags: {},
    aliases: [],
    grants: [],
    ownership: undefined,
    ...fields,
  };
  return { name: 'k', key, policy: { form: 'unmanaged' }, services: [], notes: [], planNotes: [] };
}

describe('draftKeyPolicy', () => {
  it.each<[string, Partial<LiveKey>, RegExp]>([
    [
      'a policy that could not be read',
      { policy: undefined, policyText: undefined },
      /could not be read/,
    ],
    [
      'a policy text that is not a key policy',
      { policy: undefined, policyText: '[]' },
      /not a JSON object with statements/,
    ],
    [
      'a policy text with a name twice in one object',
      { policyText: '{"Version":"2012-10-17","Version":"2008-10-17","Statement":[]}' },
      /`Version` twice in one object/,
    ],
    [
      'a statement without a resource',
      { policy: { Version: '2012-10-17', Statement: [{ ...root, Resource: undefined as never }] } },
      /not valid for kms-action \(\/Statement\/0: /,
    ],
  ])('leaves out %s, so kms-action does not manage it', (_name, fields, note) => {
    const draft = draftOf(fields);
    draftKeyPolicy(draft, 'aws', false);
    expect(draft.policy).toEqual({ form: 'unmanaged' });
    expect(draft.notes.join('\n')).toMatch(note);
    expect(draft.notes.join('\n')).toMatch(/`policy:` left out/);
  });

  it("writes AWS's default policy as the intent form, with notes on the missing MFA guard and the root alone", () => {
    const draft = draftOf({});
    draftKeyPolicy(draft, 'aws', false);
    expect(draft.policy.form).toBe('intent');
    expect(draft.notes.join('\n')).toMatch(/no MFA guard/);
    expect(draft.notes.join('\n')).toMatch(/only names the account root/);
  });

  it('keeps a same-access policy in other words as written, the intent in a comment, unless rewriting is allowed', () => {
    const kept = draftOf({ policy: otherWords, policyText: JSON.stringify(otherWords) });
    draftKeyPolicy(kept, 'aws', false);
    expect(kept.policy).toEqual({ form: 'document', document: otherWords });
    expect(kept.commentedIntent?.admins).toEqual([role('admin')]);
    expect(kept.commentedIntentAt).toBe(kept.notes.length - 1);
    expect(principalsOfDraft(kept)).toEqual([
      role('admin'),
      `arn:aws:iam::${ACCOUNT}:root`,
      role('admin'),
    ]);

    const rewritten = draftOf({ policy: otherWords, policyText: JSON.stringify(otherWords) });
    draftKeyPolicy(rewritten, 'aws', true);
    expect(rewritten.policy.form).toBe('intent-rewritten');
    expect(rewritten.planNotes.join()).toMatch(/first apply rewrites the key policy/);
    expect(principalsOfDraft(rewritten)).toEqual([role('admin')]);
  });

  it('names the services a raw document admits through kms:ViaService, and suggests one key per service', () => {
    const policy: KeyPolicyDocument = {
      Version: '2012-10-17',
      // No root backstop: the intent form cannot say it.
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: role('app') },
          Action: 'kms:Decrypt',
          Resource: '*',
          Condition: {
            StringEquals: {
              'kms:ViaService': ['s3.us-east-1.amazonaws.com', 'rds.us-east-1.amazonaws.com'],
            },
            StringNotEquals: { 'aws:SourceVpc': 'vpc-1' },
          },
        },
      ],
    };
    const draft = draftOf({ policy, policyText: JSON.stringify(policy) });
    draftKeyPolicy(draft, 'aws', false);
    expect(draft.policy.form).toBe('document');
    expect(draft.services).toEqual(['rds', 's3']);
    expect(draft.notes.join('\n')).toMatch(
      /serves 2 services \(rds, s3\): consider one key per service/,
    );
  });
});
