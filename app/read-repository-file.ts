import type { GitHub } from './types.ts';

/** A file read from a repository at a commit, or why it could not be read. */
export type RepositoryFile =
  | { kind: 'file'; content: Uint8Array }
  | { kind: 'missing' }
  | { kind: 'too-large'; size: number }
  | { kind: 'not-a-file'; type: string }
  | { kind: 'error'; status: number | undefined; message: string };

export interface RepositoryFileLocation {
  owner: string;
  repo: string;
  path: string;
  ref: string;
}

/**
 * Reads a file through the Contents API, refusing files over `maxBytes` from their metadata
 * before downloading them. Files the Contents API does not inline (over 1 MB) are fetched as
 * blobs. Never throws for what GitHub answers: the caller turns it into a check run.
 */
export async function readRepositoryFile(
  octokit: GitHub,
  location: RepositoryFileLocation,
  maxBytes: number,
): Promise<RepositoryFile> {
  let data: unknown;
  try {
    ({ data } = await octokit.rest.repos.getContent({
      owner: location.owner,
      repo: location.repo,
      path: location.path,
      ref: location.ref,
    }));
  } catch (error) {
    const status = statusOf(error);
    if (status === 404) return { kind: 'missing' };
    return { kind: 'error', status, message: messageOf(error) };
  }
  if (Array.isArray(data)) return { kind: 'not-a-file', type: 'dir' };
  const file = contentFileOf(data);
  if (file === undefined)
    return {
      kind: 'error',
      status: undefined,
      message: 'the Contents API answered without a file',
    };
  if (file.type !== 'file') return { kind: 'not-a-file', type: file.type };
  // A symbolic link to a file of the repository is followed by the Contents API, which then
  // answers with the target's path: refused like any link (the Action and the CLI refuse
  // links in the checkout too). An answer without a path cannot be checked: refused as well.
  if (file.path === undefined || normalPath(file.path) !== normalPath(location.path))
    return { kind: 'not-a-file', type: 'symlink' };
  if (file.size > maxBytes) return { kind: 'too-large', size: file.size };

  let encoded = file.encoding === 'base64' ? file.content : '';
  if (encoded === '' && file.size > 0) {
    // Between 1 MB and `maxBytes` the Contents API leaves `content` empty: read the blob.
    try {
      const blob = await octokit.rest.git.getBlob({
        owner: location.owner,
        repo: location.repo,
        file_sha: file.sha,
      });
      encoded = blob.data.content;
    } catch (error) {
      return { kind: 'error', status: statusOf(error), message: messageOf(error) };
    }
  }
  const content = new Uint8Array(Buffer.from(encoded, 'base64'));
  if (content.byteLength > maxBytes) return { kind: 'too-large', size: content.byteLength };
  return { kind: 'file', content };
}

interface ContentFile {
  type: string;
  path: string | undefined;
  size: number;
  sha: string;
  encoding: string;
  content: string;
}

function contentFileOf(data: unknown): ContentFile | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, path, size, sha, encoding, content } = data as Record<string, unknown>;
  if (typeof type !== 'string' || typeof size !== 'number' || typeof sha !== 'string')
    return undefined;
  return {
    type,
    path: typeof path === 'string' ? path : undefined,
    size,
    sha,
    encoding: typeof encoding === 'string' ? encoding : '',
    content: typeof content === 'string' ? content : '',
  };
}

function normalPath(path: string): string {
  return path
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');
}

function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    if (typeof error.status === 'number') return error.status;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
