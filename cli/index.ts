#!/usr/bin/env node
import { createInterface } from 'node:readline/promises';
import { limitYoungGeneration } from '../adapters/process/limit-young-generation.ts';
import { runCli } from './run-cli.ts';
import { writeUntilReaderLeaves } from './write-until-reader-leaves.ts';

limitYoungGeneration();

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: writeUntilReaderLeaves(process.stdout),
  stderr: writeUntilReaderLeaves(process.stderr),
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
