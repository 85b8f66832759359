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
  size: number;
  sha: string;
  encoding: string;
  content: string;
}

function contentFileOf(data: unknown): ContentFile | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, size, sha, encoding, content } = data as Record<string, unknown>;
  if (typeof type !== 'string' || typeof size !== 'number' || typeof sha !== 'string')
    return undefined;
  return {
    type,
    size,
    sha,
    encoding: typeof encoding === 'string' ? encoding : '',
    content: typeof content === 'string' ? content : '',
  };
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
