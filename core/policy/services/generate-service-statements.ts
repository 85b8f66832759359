import type { PolicyStatement } from '../types.ts';
import { autoscalingStatements } from './autoscaling.ts';
import { cloudtrailStatements } from './cloudtrail.ts';
import { cloudwatchStatements } from './cloudwatch.ts';
import { configStatements } from './config.ts';
import { eventsStatements } from './events.ts';
import { guarddutyStatements } from './guardduty.ts';
import { logsStatements } from './logs.ts';
import { route53DnssecStatements } from './route53-dnssec.ts';
import { s3Statements } from './s3.ts';
import { sesStatements } from './ses.ts';
import { snsStatements } from './sns.ts';
import type {
  ServiceKeyPlacement,
  ServiceName,
  ServiceStatementGenerator,
  ServiceUse,
} from './types.ts';

const GENERATORS: Readonly<Record<ServiceName, ServiceStatementGenerator>> = {
  autoscaling: autoscalingStatements,
  cloudtrail: cloudtrailStatements,
  cloudwatch: cloudwatchStatements,
  config: configStatements,
  events: eventsStatements,
  guardduty: guarddutyStatements,
  logs: logsStatements,
  'route53-dnssec': route53DnssecStatements,
  s3: s3Statements,
  ses: sesStatements,
  sns: snsStatements,
};

/**
 * The key policy statements for the AWS services of an intent (`services:`), each as the
 * service's own documentation gives it for a customer managed key, with its confused-deputy
 * guard. In service-name order, so the policy does not change when the list is reordered;
 * sources are sorted and deduplicated.
 */
export function generateServiceStatements(
  uses: readonly ServiceUse[],
  key: ServiceKeyPlacement,
): PolicyStatement[] {
  return [...uses]
    .sort((a, b) => a.service.localeCompare(b.service))
    .flatMap((use) =>
      GENERATORS[use.service]({ ...use, sources: [...new Set(use.sources)].sort() }, key),
    );
}
