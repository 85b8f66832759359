import { MAX_COLLECTION_ENTRIES, MAX_YAML_NODES } from '../core/manifest/inspect-yaml-structure.ts';
import {
  MAX_MANIFEST_BYTES,
  MAX_MANIFEST_KEYS,
  MAX_YAML_ALIASES,
  MAX_YAML_DEPTH,
} from '../core/manifest/load-manifest.ts';
import schema from '../schemas/kms.schema.json' with { type: 'json' };

interface SchemaNode {
  $ref?: string;
  type?: string | string[];
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
larger estates across several manifests. Values and keys are counted as YAML aliases, merge keys
(\`<<: *shared\`) and \`key_templates\` expand them, before anything is expanded
([templates and shared fields](templates.md)).

| Field | Type | Limits | Description |
| --- | --- | --- | --- |
${rows.join('\n')}
${KEY_IDENTITY}`;
}

const KEY_IDENTITY = `
## A key's identity: ownership tags, renames and adoption

A key kms-action creates carries two tags, set in the \`CreateKey\` call:
\`kms-action:manifest = <repository>/<manifest path>\` and \`kms-action:key = <logical name>\`.
Plans find keys by these tags, and only keys whose \`kms-action:manifest\` names this
manifest are ever matched: two manifests in one account may both declare a key \`app\`, and
each creates and manages its own.

**The manifest path** is relative to the repository root, never to the working directory:
\`kms-action plan -f infra/kms.yaml\` at the root and \`kms-action plan -f kms.yaml\` in
\`infra/\` find the same keys. The CLI takes as root the nearest directory above the manifest
that holds \`.git\` (a directory, or the file of a worktree; a submodule's is passed over, so a
manifest inside a submodule is relative to the superproject); without one, the
\`GITHUB_WORKSPACE\` directory when the manifest is inside it; without either, the manifest's
own directory (the path is then the file name alone: two \`kms.yaml\` files outside any
repository would share one tag value, so give them distinct \`--repository\` values). The
Action uses its \`manifest\` input, which is relative to the repository root already. Earlier versions wrote the path
relative to the working directory; a key of a declared logical name tagged with such a path
(\`<repository>/kms.yaml\` for \`infra/kms.yaml\`, or one with \`../\`) is reported as a
\`legacy-owner\` problem and never changed: when it is this manifest's key, an administrator
sets its \`kms-action:manifest\` tag to the value the plan shows, once (\`aws kms tag-resource
--key-id <key id> --tags TagKey=kms-action:manifest,TagValue=<value>\`; the apply role may not
change that tag). When it belongs to another manifest of the repository whose path has the same
tail (\`kms.yaml\` at the root next to \`infra/kms.yaml\`), give one of the two keys another
logical name.

**Renaming a key.** Changing a key's name alone means a new key: the old one is reported as an
\`orphan\` and its aliases would move to the new key. To rename the key you have, write its
previous name in \`moved_from\`:

\`\`\`yaml
keys:
  payments-prod:          # was: payments
    moved_from: payments
    aliases: [alias/payments]
\`\`\`

The plan then shows one \`retag\` change (\`key.payments-prod\`, safe): \`kms-action:key\` goes from
\`payments\` to \`payments-prod\`; the key, its policy, aliases, grants and ciphertexts stay. The old
name may not also be a key of the manifest, two keys may not take one old name, renames do not
chain (apply one, then the next), and an \`adopt:\`ed key needs no \`moved_from\`. After the
apply, the next plan is empty whether \`moved_from\` is still there or not: remove it in a
later change, once every account and Region the manifest is applied to has been renamed (a
plan that still finds a key under the old name re-tags it then). On a pull request the
renamed key is linted at least as strictly as the base branch's key of the old name.

**Keys made outside kms-action** (by hand, Terraform or CloudFormation) have no ownership tags.
Bring one under management with \`adopt: <key ARN>\`: the plan shows an \`adopt\` change that adds
both tags, then whatever makes the key match its entry. \`kms-action import\` writes such
entries for a whole account and Region (see [import.md](import.md)). A key tagged by another
manifest cannot be adopted: move it deliberately (see
[action.md](action.md#ownership-tags)).
`;

function walk(node: SchemaNode, path: string, rows: string[]): void {
  if (node.$ref !== undefined) {
    // A field that reuses another's definition: its own row, its children documented there.
    const target = { ...resolve(node.$ref), description: node.description ?? '' };
    rows.push(
      `| \`${path}\` | ${typeOf(target)} | ${limits(target)} | ${escape(target.description)} |`,
    );
    return;
  }
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

/** The schema node a local `$ref` (`#/properties/...`) points to. */
function resolve(ref: string): SchemaNode {
  let node: unknown = schema;
  for (const segment of ref.replace(/^#\//, '').split('/')) {
    node = (node as Record<string, unknown>)[segment];
  }
  if (node === undefined) throw new Error(`schema $ref ${ref} points to nothing`);
  return node as SchemaNode;
}

function typeOf(node: SchemaNode): string {
  if (Array.isArray(node.type)) {
    return node.type.map((type) => typeOf({ ...node, type })).join(' or ');
  }
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
