/**
 * vitest globalSetup of the `integration` project: one moto server for the whole run.
 * Tests read its endpoint with `inject('kmsEmulator')` (see use-emulator.ts); the AWS SDK
 * variables are set too, so code under test that uses the default chain reaches moto.
 * Without Python the emulator tier is skipped with a loud banner, unless
 * KMS_ACTION_REQUIRE_EMULATOR=1 (CI), where that is a failure.
 */
import type { TestProject } from 'vitest/node';
import { EmulatorUnavailableError, startEmulator } from './start-emulator.ts';

export interface KmsEmulatorContext {
  /** `undefined` when the emulator tier was skipped (no Python on this machine). */
  endpoint: string | undefined;
  region: string;
  skippedBecause?: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    kmsEmulator: KmsEmulatorContext;
  }
}

export const EMULATOR_REGION = 'us-east-1';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Dummy credentials: moto accepts any, and nothing must ever reach a real account.
  process.env['AWS_ACCESS_KEY_ID'] = 'testing';
  process.env['AWS_SECRET_ACCESS_KEY'] = 'testing';
  process.env['AWS_REGION'] = EMULATOR_REGION;
  process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  delete process.env['AWS_SESSION_TOKEN'];
  delete process.env['AWS_PROFILE'];

  try {
    const emulator = await startEmulator({
      log: (message) => {
        console.log(`[kms emulator] ${message}`);
      },
    });
    process.env['AWS_ENDPOINT_URL'] = emulator.endpoint;
    project.provide('kmsEmulator', { endpoint: emulator.endpoint, region: EMULATOR_REGION });
    return emulator.stop;
  } catch (error) {
    const required = process.env['KMS_ACTION_REQUIRE_EMULATOR'] === '1';
    if (!(error instanceof EmulatorUnavailableError) || required) throw error;
    printSkipBanner(error.message);
    project.provide('kmsEmulator', {
      endpoint: undefined,
      region: EMULATOR_REGION,
      skippedBecause: error.message,
    });
    return () => Promise.resolve();
  }
}

function printSkipBanner(reason: string): void {
  const rule = '!'.repeat(78);
  console.warn(
    [
      '',
      rule,
      '!!  KMS EMULATOR TIER SKIPPED: integration tests against moto did NOT run.',
      `!!  ${reason}`,
      '!!  Set KMS_ACTION_REQUIRE_EMULATOR=1 to make this a failure (CI does).',
      rule,
      '',
    ].join('\n'),
  );
}
