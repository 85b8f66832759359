const DNS_SUFFIXES: Readonly<Record<string, string>> = {
  aws: 'amazonaws.com',
  'aws-cn': 'amazonaws.com.cn',
  'aws-us-gov': 'amazonaws.com',
  'aws-iso': 'c2s.ic.gov',
  'aws-iso-b': 'sc2s.sgov.gov',
};

/** The DNS suffix of AWS service endpoints in a partition (`kms:ViaService` values). */
export function dnsSuffixOf(partition: string): string {
  return DNS_SUFFIXES[partition] ?? 'amazonaws.com';
}
