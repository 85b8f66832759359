/**
 * The scripted responder (start-kms-responder.ts) in a process of its own, so its CPU does not
 * slow the client being measured: the parent sends the keys, the child answers on loopback.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  startKmsResponder,
  type ResponderCounts,
  type ResponderKey,
  type ResponderOptions,
} from './start-kms-responder.ts';

type Counts = ResponderCounts;

type Request =
  | {
      kind: 'start';
      accounts: [string, ResponderKey[]][];
      rttMs?: number;
      quotas?: Record<string, number>;
    }
  | { kind: 'counts' }
  | { kind: 'stop' };
type Reply = { kind: 'started'; endpoint: string } | { kind: 'counts'; counts: Counts };

export interface ForkedResponder {
  endpoint: string;
  counts: () => Promise<Counts>;
  stop: () => Promise<void>;
}

export async function forkKmsResponder(options: ResponderOptions): Promise<ForkedResponder> {
  const child = fork(fileURLToPath(import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = async <K extends Reply['kind']>(
    request: Request,
    kind: K,
  ): Promise<Extract<Reply, { kind: K }>> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: Reply) => {
        if (message.kind !== kind) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message as Extract<Reply, { kind: K }>);
      };
      const onExit = (code: number | null) => {
        reject(new Error(`the bench responder exited with ${String(code)}`));
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(request);
    });
  const started = await ask(
    {
      kind: 'start',
      accounts: [...options.accounts].map(([account, keys]) => [account, [...keys]]),
      ...(options.rttMs === undefined ? {} : { rttMs: options.rttMs }),
      ...(options.quotas === undefined ? {} : { quotas: { ...options.quotas } }),
    },
    'started',
  );
  return {
    endpoint: started.endpoint,
    counts: async () => (await ask({ kind: 'counts' }, 'counts')).counts,
    stop: async () => {
      const exited = new Promise<void>((resolve) =>
        child.once('exit', () => {
          resolve();
        }),
      );
      child.send({ kind: 'stop' } satisfies Request);
      await exited;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.send !== undefined) {
  let responder: Awaited<ReturnType<typeof startKmsResponder>> | undefined;
  const reply = (message: Reply) => process.send?.(message);
  // A parent that crashed or was killed never sends `stop`: do not outlive it.
  process.once('disconnect', () => {
    process.exit(0);
  });
  process.on('message', (message: Request) => {
    void (async () => {
      if (message.kind === 'start') {
        responder = await startKmsResponder({
          accounts: new Map(message.accounts),
          ...(message.rttMs === undefined ? {} : { rttMs: message.rttMs }),
          ...(message.quotas === undefined ? {} : { quotas: message.quotas }),
        });
        reply({ kind: 'started', endpoint: responder.endpoint });
      } else if (message.kind === 'counts') {
        reply({
          kind: 'counts',
          counts: responder?.counts() ?? { requests: {}, throttled: {}, connections: 0, cpuMs: 0 },
        });
      } else {
        await responder?.stop();
        process.exit(0);
      }
    })();
  });
}
