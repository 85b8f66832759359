import type { DesiredKey } from '../manifest/desired-state.ts';
import type { DocumentPath } from '../manifest/types.ts';

/** One list of aliases a key declares: its own, or one replica's (in the replica's Region). */
export interface DeclaredAliases {
  aliases: readonly string[];
  /** The `aliases:` list in the manifest. */
  path: DocumentPath;
  /** `undefined` for the key's own aliases, else the replica's Region. */
  replicaRegion?: string;
}

/** A key's aliases and each replica's, so the alias rules see every alias a key is named by. */
export function listDeclaredAliases(key: DesiredKey): DeclaredAliases[] {
  return [
    { aliases: key.aliases, path: ['keys', key.name, 'aliases'] },
    ...key.replicas
      .filter((replica) => replica.aliases.length > 0)
      .map((replica) => ({
        aliases: replica.aliases,
        path: [...replica.path, 'aliases'],
        replicaRegion: replica.region,
      })),
  ];
}
