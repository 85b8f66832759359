// Entry of the bundled Action (dist/action/index.js): no logic here. The OIDC token request
// starts first (start-id-token-prefetch.ts), and the rest of the Action loads while it is
// answered.
import { startIdTokenPrefetch } from './start-id-token-prefetch.ts';

const prefetch = startIdTokenPrefetch(process.env);
await prefetch?.sent;
const [{ limitYoungGeneration }, { runner }] = await Promise.all([
  import('../adapters/process/limit-young-generation.ts'),
  import('./runner.ts'),
]);
// The Action cannot be given Node flags (action.yml runs it as `node24`).
limitYoungGeneration();
await runner(prefetch);
