import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/integration/**', 'test/e2e/**', 'test/**/*.emulator.test.ts'],
          setupFiles: ['test/unit-setup.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: [
            'test/integration/**/*.test.ts',
            'test/e2e/**/*.test.ts',
            // Security regressions that need the emulator live next to the others in test/security/.
            'test/**/*.emulator.test.ts',
          ],
          globalSetup: ['test/emulator/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One emulator for the whole run; files run one at a time against it.
          fileParallelism: false,
        },
      },
    ],
  },
});
