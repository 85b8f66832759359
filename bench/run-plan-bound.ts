/**
 * One plan-bound case on its own, for profiling:
 * `node --cpu-prof --import tsx bench/run-plan-bound.ts <accounts> <keys per account>`.
 */
import { measurePlanBound } from './measure-plan-bound.ts';

const accounts = Number(process.argv[2] ?? 10);
const keysPerAccount = Number(process.argv[3] ?? 100);
await measurePlanBound(
  (line) => {
    console.log(line);
  },
  [[accounts, keysPerAccount]],
);
