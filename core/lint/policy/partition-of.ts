import type { DesiredKey } from '../../manifest/desired-state.ts';

/** The ARN partition of a key: from the ARN it adopts, else from its Region. */
export function partitionOf(key: Pick<DesiredKey, 'adopt' | 'region'>): string {
  const adopted = key.adopt === undefined ? undefined : /^arn:([^:]+):/.exec(key.adopt)?.[1];
  if (adopted !== undefined) return adopted;
  if (key.region.startsWith('cn-')) return 'aws-cn';
  if (key.region.startsWith('us-gov-')) return 'aws-us-gov';
  if (key.region.startsWith('us-isob-')) return 'aws-iso-b';
  if (key.region.startsWith('us-iso-')) return 'aws-iso';
  return 'aws';
}
