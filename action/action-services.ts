/**
 * What `run` needs from the outside world besides inputs, Octokit and context: the log, the
 * OIDC token, secret masking, the environment and the AWS pipeline. The runner passes the
 * real ones; unit tests pass fakes (no module mocks).
 */
import type { applyPlan } from '../adapters/aws/apply-plan.ts';
import type { prepareAwsPlan, refreshAwsPlan } from '../adapters/aws/prepare-plan.ts';

export interface ActionLog {
  info: (message: string) => void;
  warning: (message: string) => void;
  /** Raw text for stdout, e.g. workflow commands (annotations). */
  write: (text: string) => void;
}

export interface AwsPipeline {
  prepare: typeof prepareAwsPlan;
  refresh: typeof refreshAwsPlan;
  apply: typeof applyPlan;
}

export interface ActionServices {
  log: ActionLog;
  /** A GitHub OIDC token for `audience`; fails clearly without `id-token: write`. */
  getIdToken: (audience: string) => Promise<string>;
  /** Masks a value in the rest of the job's log. */
  setSecret: (secret: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  aws: AwsPipeline;
}

/**
 * The AWS pipeline, loaded on first use: the AWS SDK is the largest part of the bundle, and a
 * run that stops at the manifest (invalid, or refused) never parses it.
 */
export const REAL_AWS: AwsPipeline = {
  prepare: async (...args) => {
    // One turn of the event loop first, so a token request already started (see
    // credentials-for-role.ts) is on the wire before parsing the SDK blocks the thread.
    await new Promise((resolve) => setImmediate(resolve));
    return (await import('../adapters/aws/prepare-plan.ts')).prepareAwsPlan(...args);
  },
  refresh: async (...args) =>
    (await import('../adapters/aws/prepare-plan.ts')).refreshAwsPlan(...args),
  apply: async (...args) => (await import('../adapters/aws/apply-plan.ts')).applyPlan(...args),
};
