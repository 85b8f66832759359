// Entry of the bundled Action (dist/action/index.js): no logic here. The OIDC token request
// starts first (start-id-token-prefetch.ts), and the rest of the Action loads while it is
// answered.
import { startIdTokenPrefetch } from './start-id-token-prefetch.ts';

const prefetch = startIdTokenPrefetch(process.env);
await prefetch?.sent;
// Before the rest of the Action loads. The Action cannot be given Node flags (action.yml
// runs it as `node24`).
const { limitYoungGeneration } = await import('../adapters/process/limit-young-generation.ts');
limitYoungGeneration();
const { runner } = await import('./runner.ts');
await runner(prefetch);
