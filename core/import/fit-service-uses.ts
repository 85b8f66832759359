import { generateServiceStatements } from '../policy/services/generate-service-statements.ts';
import {
  SERVICE_NAMES,
  type ServiceKeyPlacement,
  type ServiceUse,
} from '../policy/services/types.ts';
import { toList } from '../policy/to-list.ts';
import type { PolicyStatement } from '../policy/types.ts';
import type { PolicyComparer } from './create-policy-comparer.ts';

/** The ARN namespace of each service's sources (`services:` fields), as the manifest resolves them. */
const SOURCE_NAMESPACE: Readonly<Partial<Record<ServiceUse['service'], string>>> = {
  cloudtrail: 'cloudtrail',
  cloudwatch: 'cloudwatch',
  events: 'events',
  guardduty: 'guardduty',
  logs: 'logs',
  'route53-dnssec': 'route53',
  s3: 's3',
  sns: 'sns',
};

/**
 * Sources tried one by one at most (each try generates and compares the service's
 * statements); past this many, only all of them together and none are tried.
 */
const MAX_SINGLE_SOURCES = 16;

const AUTOSCALING_ROLE = '/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling';

/**
 * The `services:` entries whose documented statements the live policy already holds, found by
 * generating them: for each service, the candidates are its sources named in the policy's
 * conditions (all of them, then each alone) and no source (any resource of the account); a
 * candidate fits when every grant it generates is a grant of the live policy (`compare`, which
 * splits the live policy once). Returns the fitting uses and the live statements they account
 * for entirely (by meaning), which the rest of the inference then ignores.
 */
export function fitServiceUses(
  statements: readonly PolicyStatement[],
  key: ServiceKeyPlacement,
  compare: PolicyComparer,
): { uses: ServiceUse[]; covered: Set<number> } {
  const arns = conditionArns(statements);
  const uses: ServiceUse[] = [];
  for (const service of SERVICE_NAMES) {
    const fits = (use: ServiceUse): boolean =>
      compare.covers(statements, generateServiceStatements([use], key));
    if (service === 'autoscaling') {
      for (const roleSuffix of autoscalingSuffixes(statements)) {
        const use: ServiceUse =
          roleSuffix === '' ? { service, sources: [] } : { service, sources: [], roleSuffix };
        if (fits(use)) uses.push(use);
      }
      continue;
    }
    const namespace = SOURCE_NAMESPACE[service];
    const own =
      namespace === undefined
        ? []
        : arns.filter((arn) => arn.split(':')[2] === namespace && !arn.includes('*'));
    if (own.length > 0 && fits({ service, sources: own })) {
      uses.push({ service, sources: [...own].sort() });
      continue;
    }
    // Each source alone may fit where all together do not (one statement per source).
    const alone =
      own.length > MAX_SINGLE_SOURCES ? [] : own.filter((arn) => fits({ service, sources: [arn] }));
    if (alone.length > 0) uses.push({ service, sources: alone.sort() });
    else if (fits({ service, sources: [] })) uses.push({ service, sources: [] });
  }
  const generated = generateServiceStatements(uses, key);
  const covered = new Set<number>();
  statements.forEach((statement, index) => {
    if (uses.length > 0 && compare.covers(generated, [statement])) {
      covered.add(index);
    }
  });
  return { uses, covered };
}

/** Every ARN a condition names, in order of appearance, once. */
function conditionArns(statements: readonly PolicyStatement[]): string[] {
  const found = new Set<string>();
  for (const statement of statements) {
    for (const entries of Object.values(statement.Condition ?? {})) {
      for (const value of Object.values(entries)) {
        for (const item of toList(value)) {
          if (typeof item === 'string' && item.startsWith('arn:')) found.add(item);
        }
      }
    }
  }
  return [...found];
}

/** Suffixes of the Auto Scaling service-linked roles the policy names (`''` for the default role). */
function autoscalingSuffixes(statements: readonly PolicyStatement[]): string[] {
  const suffixes = new Set<string>();
  for (const statement of statements) {
    const block = statement.Principal;
    if (block === undefined || block === '*') continue;
    for (const principal of toList<string>(block.AWS)) {
      const at = principal.indexOf(AUTOSCALING_ROLE);
      if (at < 0) continue;
      const rest = principal.slice(at + AUTOSCALING_ROLE.length);
      if (rest === '') suffixes.add('');
      else if (rest.startsWith('_')) suffixes.add(rest.slice(1));
    }
  }
  return [...suffixes];
}
