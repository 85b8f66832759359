/**
 * `IpAddress` comparison: whether `address` lies in `range`, an IPv4 or IPv6 address or CIDR
 * block (`203.0.113.0/24`, `2001:db8::/32`). False for malformed input or mixed families.
 */
export function matchIpAddress(range: string, address: string): boolean {
  const [network = '', prefixText] = range.trim().split('/');
  const base = parseIp(network);
  const candidate = parseIp(address.trim());
  if (base === undefined || candidate === undefined || base.bits !== candidate.bits) return false;
  const prefix = prefixText === undefined ? base.bits : Number(prefixText);
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > base.bits) return false;
  const shift = BigInt(base.bits - prefix);
  return base.value >> shift === candidate.value >> shift;
}

function parseIp(text: string): { bits: 32 | 128; value: bigint } | undefined {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { bits: 128, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { bits: 32, value };
}

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(part);
  }
  return value;
}

function parseIpv6(text: string): bigint | undefined {
  let groups: string[];
  // An embedded IPv4 tail (`::ffff:192.0.2.1`) stands for the last two groups.
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  let ipv4Tail: bigint | undefined;
  let head = text;
  if (tail.includes('.')) {
    ipv4Tail = parseIpv4(tail);
    if (ipv4Tail === undefined) return undefined;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const halves = head.split('::');
  if (halves.length > 2) return undefined;
  const split = (part: string | undefined): string[] =>
    part === undefined || part === '' ? [] : part.split(':');
  if (halves.length === 2) {
    const left = split(halves[0]);
    const right = split(halves[1]);
    const missing = 8 - left.length - right.length;
    if (missing < 1) return undefined;
    groups = [...left, ...Array<string>(missing).fill('0'), ...right];
  } else {
    groups = split(head);
  }
  if (groups.length !== 8) return undefined;
  let value = 0n;
  for (const group of groups) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    value = (value << 16n) | BigInt(`0x${group}`);
  }
  return ipv4Tail === undefined ? value : (value & ~0xffffffffn) | ipv4Tail;
}
