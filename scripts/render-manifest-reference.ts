import { MAX_COLLECTION_ENTRIES, MAX_YAML_NODES } from '../core/manifest/inspect-yaml-structure.ts';
import {
  MAX_MANIFEST_BYTES,
  MAX_MANIFEST_KEYS,
  MAX_YAML_ALIASES,
  MAX_YAML_DEPTH,
} from '../core/manifest/load-manifest.ts';
import schema from '../schemas/kms.schema.json' with { type: 'json' };

interface SchemaNode {
  type?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxProperties?: number;
  pattern?: string;
  required?: string[];
  then?: SchemaNode;
  else?: SchemaNode;
}

/** The manifest reference in Markdown: every field, its type, limits and description. */
export function renderManifestReference(): string {
  const rows: string[] = [];
  walk(schema, '', rows);
  return `# Manifest reference (\`kms.yaml\`)

Generated from [\`schemas/kms.schema.json\`](../schemas/kms.schema.json) by
\`node --import tsx scripts/generate-manifest-reference.ts\`; do not edit by hand.
Point your editor at the schema for completion and inline docs:
\`# yaml-language-server: $schema=<path or URL>/schemas/kms.schema.json\`.

\`<name>\` stands for a name you choose (a key's logical name, an account or principal name).

A manifest is refused, with the line and column of the first value past the limit, when it
holds more than ${MAX_MANIFEST_BYTES / 1024 / 1024} MiB, ${MAX_MANIFEST_KEYS} keys, ${MAX_COLLECTION_ENTRIES} entries in one list or mapping,
${MAX_YAML_NODES} values (scalars, lists and mappings), ${MAX_YAML_DEPTH} levels of nesting or ${MAX_YAML_ALIASES} YAML aliases: split
larger estates across several manifests.

| Field | Type | Limits | Description |
| --- | --- | --- | --- |
${rows.join('\n')}
`;
}

function walk(node: SchemaNode, path: string, rows: string[]): void {
  if (path !== '')
    rows.push(
      `| \`${path}\` | ${typeOf(node)} | ${limits(node)} | ${escape(node.description ?? '')} |`,
    );
  const required = new Set(node.required ?? []);
  for (const [name, child] of Object.entries(node.properties ?? {})) {
    const childPath = path === '' ? name : `${path}.${name}`;
    walk(
      required.has(name)
        ? { ...child, description: `**Required.** ${child.description ?? ''}` }
        : child,
      childPath,
      rows,
    );
  }
  if (node.then?.properties)
    for (const [name, child] of Object.entries(node.then.properties))
      walk(child, `${path}.${name}`, rows);
  if (node.else?.properties)
    for (const [name, child] of Object.entries(node.else.properties))
      walk(child, `${path}.${name}`, rows);
  if (
    typeof node.additionalProperties === 'object' &&
    (node.additionalProperties.properties || node.additionalProperties.then)
  ) {
    walk(node.additionalProperties, `${path}.<name>`, rows);
  }
  if (node.items?.properties) {
    for (const [name, child] of Object.entries(node.items.properties))
      walk(child, `${path}[].${name}`, rows);
  }
  // A list entry of either of two forms (`users: [name, { principals, actions }]`).
  if (node.items?.else?.properties) {
    for (const [name, child] of Object.entries(node.items.else.properties))
      walk(child, `${path}[].${name}`, rows);
  }
}

function typeOf(node: SchemaNode): string {
  if (node.type === undefined && node.then !== undefined && node.else !== undefined)
    return `${typeOf(node.then)} or ${typeOf(node.else)}`;
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((value) => `\`${String(value)}\``).join(' \\| ');
  if (node.type === 'array') return `list of ${node.items ? typeOf(node.items) : 'values'}`;
  if (node.type === 'object' && typeof node.additionalProperties === 'object' && !node.properties) {
    return `map of ${typeOf(node.additionalProperties)}`;
  }
  if (node.type === 'object') return 'mapping';
  return node.type ?? 'mapping';
}

function limits(node: SchemaNode): string {
  const parts: string[] = [];
  if (node.minimum !== undefined || node.maximum !== undefined)
    parts.push(`${node.minimum ?? ''}..${node.maximum ?? ''}`);
  if (node.maxLength !== undefined) parts.push(`at most ${node.maxLength} characters`);
  if (node.maxProperties !== undefined) parts.push(`at most ${node.maxProperties} entries`);
  if (node.pattern !== undefined) parts.push(`matches \`${escape(node.pattern)}\``);
  return parts.join('; ');
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
