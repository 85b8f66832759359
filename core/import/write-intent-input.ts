import { DEFAULT_REQUIRE_MFA_FOR } from '../manifest/desired-state.ts';
import type { PolicyIntentInput, ServiceInput } from '../manifest/types.ts';
import type { ServiceUse } from '../policy/services/types.ts';
import type { ResolvedPolicyIntent } from '../policy/types.ts';

/**
 * The manifest's `policy:` intent for an inferred intent, principals by name and actions
 * without `kms:`; the inverse of resolving the manifest, so reading it back generates the same
 * policy. Fields at their defaults are left out.
 */
export function writeIntentInput(
  intent: ResolvedPolicyIntent,
  nameOf: (arn: string) => string,
): PolicyIntentInput {
  const short = (action: string): string => action.replace(/^kms:/, '');
  const input: PolicyIntentInput = {};
  if (intent.admins.length > 0) input.admins = intent.admins.map(nameOf);
  const users = [
    ...intent.users.map(nameOf),
    ...(intent.userGroups ?? []).map((group) => ({
      principals: group.principals.map(nameOf),
      actions: group.actions.map(short),
    })),
  ];
  if (users.length > 0) input.users = users;
  if (intent.viaService.length > 0) input.via_service = [...intent.viaService];
  if (Object.keys(intent.encryptionContext).length > 0) {
    input.encryption_context = { ...intent.encryptionContext };
  }
  if (intent.crossAccount.length > 0) {
    input.cross_account = intent.crossAccount.map((entry) => ({
      principal: nameOf(entry.principal),
      actions: entry.actions.map(short),
    }));
  }
  const organization = intent.organization;
  if (organization !== undefined) {
    input.organization =
      organization.id !== undefined && organization.actions === undefined
        ? organization.id
        : {
            ...(organization.id === undefined ? {} : { id: organization.id }),
            ...(organization.paths === undefined ? {} : { paths: [...organization.paths] }),
            ...(organization.actions === undefined
              ? {}
              : { actions: organization.actions.map(short) }),
          };
  }
  if (intent.services !== undefined && intent.services.length > 0) {
    input.services = intent.services.map(serviceInput);
  }
  const mfa = [...intent.requireMfaFor].sort();
  if (mfa.join() !== [...DEFAULT_REQUIRE_MFA_FOR].sort().join()) {
    input.require_mfa_for = mfa.map(short);
  }
  if (intent.extraStatements !== undefined && intent.extraStatements.length > 0) {
    input.extra_statements = intent.extraStatements.map((statement) => ({ ...statement }));
  }
  return input;
}

/** A `services:` entry: log groups by name, trails and other sources by ARN. */
function serviceInput(use: ServiceUse): ServiceInput {
  const input: ServiceInput = { service: use.service };
  if (use.roleSuffix !== undefined) input.role_suffix = use.roleSuffix;
  if (use.sources.length === 0) return input;
  if (use.service === 'logs') {
    input.log_groups = use.sources.map((arn) => arn.slice(arn.indexOf(':log-group:') + 11));
  } else if (use.service === 'cloudtrail') {
    input.trails = [...use.sources];
  } else {
    input.source_arns = [...use.sources];
  }
  return input;
}
