// Entry of the bundled Action (dist/action/index.js): no logic here, see runner.ts.
import { runner } from './runner.ts';

await runner();
