import { parseArgs } from 'node:util';
import { assumeRolePerAccount } from '../adapters/aws/assume-role.ts';
import { checkCallerIdentity } from '../adapters/aws/check-caller-identity.ts';
import { createApiCallStats } from '../adapters/aws/count-api-calls.ts';
import { createAwsClients, type CredentialsProvider } from '../adapters/aws/kms-client.ts';
import { callerAccountOf, listAccountKeys } from '../adapters/aws/list-account-keys.ts';
import { readReplicas } from '../adapters/aws/read-replicas.ts';
import { scheduleAwsCalls } from '../adapters/aws/schedule-aws-calls.ts';
import { UsageError } from '../core/errors.ts';
import { buildImportManifest } from '../core/import/build-import-manifest.ts';
import { AWS_OPTIONS, AWS_OPTIONS_HELP } from './aws-options.ts';
import type { CliIo } from './cli-io.ts';
import { repositoryOf } from './common-options.ts';
import { EXIT_FINDINGS, EXIT_OK } from './exit-codes.ts';
import { renderStats } from './prepare-plan.ts';
import { reportProgress } from './report-progress.ts';
import { countNoun } from '../core/render/count-noun.ts';

export const IMPORT_HELP = `Usage: kms-action import [--region <region>] [--account-name <name>] [options] > kms.yaml

Reads every customer managed key of one account and Region and writes a manifest that
adopts them: descriptions, rotation, state, tags, aliases, grants and key policies (in
intent form when it reproduces the live access, else as the raw document), principals and
accounts named, and comments where a human should decide. Read-only: nothing is changed.
'kms-action plan' on the result shows the adoption of each key (its ownership tags).

Options:
      --region <region>        Region to import (default: $AWS_REGION or $AWS_DEFAULT_REGION)
      --account <id>           account to import (default: the account of the credentials,
                               or of --role-to-assume when it names one)
      --account-name <name>    name of the account under accounts: (default: account-<id>)
      --include-aws-managed    also describe AWS managed keys (always listed in a comment, never imported)
      --rewrite-policies       write the intent form whenever it gives the same access, even when
                               apply would then rewrite the policy text (default: keep the live
                               document and show the intent form in a comment)
      --repository <o/r>       repository of the manifest (default: $GITHUB_REPOSITORY or "local"):
                               keys another manifest owns are left out
      --manifest-path <path>   path of the manifest in the repository (default: kms.yaml)
${AWS_OPTIONS_HELP}
  -h, --help                   show this help

Exit codes: 0 manifest written, 1 nothing to import, 2 usage, 4 AWS error.
`;

const ROLE_ACCOUNT = /^arn:aws[a-z-]*:iam::([0-9]{12}):role\//;
const ACCOUNT_ID = /^[0-9]{12}$/;
const ACCOUNT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,63}$/;

export async function importCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      region: { type: 'string' },
      account: { type: 'string' },
      'account-name': { type: 'string' },
      'include-aws-managed': { type: 'boolean' },
      'rewrite-policies': { type: 'boolean' },
      repository: { type: 'string' },
      'manifest-path': { type: 'string', default: 'kms.yaml' },
      ...AWS_OPTIONS,
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) {
    io.stdout(IMPORT_HELP);
    return EXIT_OK;
  }
  const region = values.region ?? io.env['AWS_REGION'] ?? io.env['AWS_DEFAULT_REGION'];
  if (region === undefined) {
    throw new UsageError('--region is required when AWS_REGION is not set');
  }
  if (!/^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]{1,2}$/.test(region)) {
    throw new UsageError(`--region must be an AWS Region code such as us-east-1, got '${region}'`);
  }
  const accountName = values['account-name'];
  if (accountName !== undefined && !ACCOUNT_NAME.test(accountName)) {
    throw new UsageError(
      `--account-name must be 1 to 64 letters, digits, '_' or '-', starting with a letter or digit, got '${accountName}'`,
    );
  }
  if (values.account !== undefined && !ACCOUNT_ID.test(values.account)) {
    throw new UsageError(`--account must be a 12-digit account id, got '${values.account}'`);
  }
  const manifestPath = values['manifest-path'];
  const repository = repositoryOf(values.repository, io.env);
  const role = values['role-to-assume'];

  const credentialsFor: (account: string) => CredentialsProvider | undefined =
    role === undefined
      ? () => undefined
      : assumeRolePerAccount({
          roleTemplate: role,
          sessionName: 'kms-action-import',
          region,
        });
  const roleAccount = role === undefined ? undefined : ROLE_ACCOUNT.exec(role)?.[1];
  if (roleAccount !== undefined && values.account !== undefined && roleAccount !== values.account) {
    throw new UsageError(
      `--role-to-assume is a role in account ${roleAccount}, but --account is ${values.account}: use '{account}' in the role ARN`,
    );
  }
  const account = values.account ?? roleAccount ?? (await callerAccountOf(region));
  // The credentials used for the reads must belong to the imported account.
  await checkCallerIdentity(account, region, credentialsFor(account));

  const stats = createApiCallStats();
  const clients = createAwsClients({ credentialsFor, stats });
  try {
    // The manifest goes to stdout; progress (Regions of more than 20 keys) to stderr.
    const progress = reportProgress(io, undefined);
    const listing = await listAccountKeys({
      clients,
      account,
      region,
      includeAwsManaged: values['include-aws-managed'] === true,
      onProgress: progress.onProgress,
    }).finally(progress.end);
    const owner = `${repository}/${manifestPath}`;
    const importable = listing.keys.filter(
      (key) => key.ownership === undefined || key.ownership.manifest === owner,
    );
    if (importable.length === 0) {
      io.stderr(
        `kms-action: nothing to import: account ${account} has no customer managed keys in ${region}` +
          (listing.keys.length > 0
            ? ` that no other manifest manages (${String(listing.keys.length)} managed elsewhere)`
            : '') +
          (listing.awsManaged.length > 0
            ? `; ${String(listing.awsManaged.length)} AWS managed keys are never imported`
            : '') +
          '.\n',
      );
      if (values.stats === true) io.stderr(renderStats(stats));
      return EXIT_FINDINGS;
    }
    // Each replica of an imported multi-Region key, read in its own Region: its entry says
    // what it has of its own and its grants (four calls per replica, one ListAliases per Region).
    const replicaRead = await readReplicas({
      keys: [],
      read: importable,
      regions: [{ account, region, discovery: 'list-keys', aliases: listing.aliases }],
      clients,
      scheduler: scheduleAwsCalls(),
    });
    if (replicaRead.replicas.length > 0) listing.replicas = replicaRead.replicas;
    const result = buildImportManifest(listing, {
      repository,
      manifestPath,
      ...(accountName === undefined ? {} : { accountName }),
      ...(values['rewrite-policies'] === true ? { rewritePolicies: true } : {}),
    });
    io.stdout(result.yaml);
    const forms = (form: string) => result.keys.filter((key) => key.policy === form).length;
    io.stderr(
      `Imported ${countNoun(result.keys.length, 'key')} from account ${account}, ${region}: policies ` +
        `${String(forms('intent') + forms('intent-rewritten'))} in intent form, ${String(forms('document'))} raw, ` +
        `${String(forms('unmanaged'))} not managed; ${String(listing.awsManaged.length)} AWS managed and ` +
        `${countNoun(result.skipped.length, 'key')} of other manifests listed in comments.\n`,
    );
    if (values.stats === true) io.stderr(renderStats(stats));
    return EXIT_OK;
  } finally {
    clients.destroy();
  }
}
