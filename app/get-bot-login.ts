import type { Probot } from 'probot';

/**
 * The app's own login (`<slug>[bot]`), which its review comments carry: asked once per
 * process with the app's JWT (`GET /app`), and asked again if that failed.
 */
export function createBotLoginLookup(app: Probot): () => Promise<string> {
  let login: Promise<string> | undefined;
  return () => {
    login ??= (async () => {
      const octokit = await app.auth();
      const { data } = await octokit.rest.apps.getAuthenticated();
      if (data === null || data.slug === undefined) throw new Error('GET /app returned no slug');
      return `${data.slug}[bot]`;
    })().catch((error: unknown) => {
      login = undefined;
      throw error;
    });
    return login;
  };
}
