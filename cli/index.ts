#!/usr/bin/env node
import { createInterface } from 'node:readline/promises';
import { limitYoungGeneration } from '../adapters/process/limit-young-generation.ts';
import { EXIT_INVALID_INPUT } from './exit-codes.ts';
import { runCli } from './run-cli.ts';
import { writeUntilReaderLeaves } from './write-until-reader-leaves.ts';

limitYoungGeneration();

const stdout = writeUntilReaderLeaves(process.stdout);
const stderr = writeUntilReaderLeaves(process.stderr);
const code = await runCli(process.argv.slice(2), {
  stdout: stdout.write,
  stderr: stderr.write,
  cwd: process.cwd(),
  env: process.env,
  isTty: process.stdout.isTTY && process.stdin.isTTY,
  stderrIsTty: process.stderr.isTTY,
  prompt: async (question) => {
    const terminal = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await terminal.question(question);
    } finally {
      terminal.close();
    }
  },
});
// Output that could not be written (not a reader that left) fails the run, after the command
// has ended: 2 unless the command's own code says more (3 changes, 4 AWS error). A stream
// reports a failed write on a later tick: let it.
await new Promise((resolve) => setImmediate(resolve));
const failure = stdout.failure() ?? stderr.failure();
if (failure !== undefined) {
  stderr.write(`kms-action: the output could not be written: ${failure.message}\n`);
  process.exitCode = Math.max(code, EXIT_INVALID_INPUT);
} else {
  process.exitCode = code;
}
