/**
 * The first thing the bundled Action does (action/index.ts): when this run will assume a role
 * through GitHub OIDC, start the token request before the rest of the Action (the toolkit,
 * Octokit, the manifest pipeline, the AWS SDK) loads, so the request is in flight while it
 * does. Only the inputs and the event are read here, with the same functions the Action
 * decides with; a run that will request no token requests none (id-token-audience-needed).
 */
import { toActionContext } from './action-context.ts';
import { getActionInputs } from './get-action-inputs.ts';
import { idTokenAudienceNeeded } from './id-token-audience-needed.ts';
import { readGitHubContext } from './read-github-context.ts';
import { idTokenUrl } from './id-token-url.ts';
import { requestIdTokenDirectly } from './request-id-token-directly.ts';

/** What the Action takes from @actions/core to finish the request. */
export interface IdTokenToolkit {
  getIDToken: (audience: string) => Promise<string>;
  setSecret: (secret: string) => void;
  debug: (message: string) => void;
}

export interface IdTokenPrefetch {
  audience: string;
  /**
   * The started request, once, for `audience`: the token (masked with `setSecret`, as the
   * toolkit masks its own) or, if the early request failed, the toolkit's own request, so a
   * failure reads as it always did. `undefined` for another audience or a second call.
   */
  take: (audience: string, toolkit: IdTokenToolkit) => Promise<string> | undefined;
  /** Aborts a request nobody took (a run that stopped before it needed the token). */
  release: () => void;
  /**
   * Settles once the request is on the wire (or failed), at most SEND_WAIT_MS after the start.
   * Loading the rest of the Action blocks the thread for hundreds of milliseconds: awaited
   * first, the request leaves now and is answered meanwhile, instead of leaving after it.
   */
  sent: Promise<void>;
}

const SEND_WAIT_MS = 250;

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

export function startIdTokenPrefetch(
  env: Readonly<Record<string, string | undefined>>,
  loadToolkit: () => Promise<IdTokenToolkit> = () => import('@actions/core'),
): IdTokenPrefetch | undefined {
  let audience: string | undefined;
  try {
    const getInput = (name: string): string =>
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
    audience = idTokenAudienceNeeded(
      getActionInputs(getInput),
      toActionContext(readGitHubContext(env), env),
      env,
    );
  } catch {
    // A bad input or event: the Action reads both again and reports it, before any token.
    return undefined;
  }
  if (audience === undefined) return undefined;
  const wanted = audience;
  let taken = false;
  const takeOnce = (asked: string): boolean => {
    if (taken || asked !== wanted) return false;
    taken = true;
    return true;
  };

  // The toolkit honours https_proxy, http_proxy and no_proxy: with any of them set, its own
  // client makes the request (started as soon as it loads), never a direct connection.
  if (PROXY_VARIABLES.some((name) => (env[name] ?? '') !== '')) {
    const toolkit = loadToolkit();
    const token = toolkit.then((loaded) => loaded.getIDToken(wanted));
    token.catch(() => undefined);
    return {
      audience: wanted,
      take: (asked) => (takeOnce(asked) ? token : undefined),
      release: () => undefined,
      sent: atMost(
        toolkit.then(() => new Promise((resolve) => setImmediate(resolve))),
        SEND_WAIT_MS,
      ),
    };
  }

  const abort = new AbortController();
  const { token, sent } = requestIdTokenDirectly(env, wanted, abort.signal);
  token.catch(() => undefined);
  return {
    sent: atMost(sent, SEND_WAIT_MS),
    audience: wanted,
    take: (asked, toolkit) => {
      if (!takeOnce(asked)) return undefined;
      return token.then(
        (value) => {
          // What the toolkit's own request logs and masks.
          toolkit.debug(`ID token url is ${idTokenUrl(env, wanted)}`);
          toolkit.setSecret(value);
          return value;
        },
        // The toolkit retries, follows redirects and words the error as users know it.
        () => toolkit.getIDToken(wanted),
      );
    },
    release: () => {
      if (!taken) abort.abort();
    },
  };
}

/** `promise` settled (either way) or `ms` passed, whichever comes first. */
function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = (): void => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}
