/**
 * For integration test files: the emulator started by global-setup.ts.
 * `describeWithEmulator` skips its tests when the emulator tier was skipped.
 */
import { describe, inject } from 'vitest';
import { resetEmulator } from './reset-emulator.ts';

const context = inject('kmsEmulator');

export const emulatorRegion = context.region;

export const describeWithEmulator = describe.skipIf(context.endpoint === undefined);

/** The emulator's endpoint; throws when called in a skipped tier. */
export function emulatorEndpoint(): string {
  if (context.endpoint === undefined) {
    throw new Error(`KMS emulator not running: ${context.skippedBecause ?? 'unknown reason'}`);
  }
  return context.endpoint;
}

/** Empties moto (call in `beforeEach`), so each test starts from no keys. */
export async function resetEmulatorState(): Promise<void> {
  await resetEmulator(emulatorEndpoint());
}
