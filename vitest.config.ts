import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// The SDK warns about Node 20 on every worker; the SDK and Node versions are pinned on purpose.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export default defineConfig({
  test: {
    projects: [
      {
        // The console's modules import the shared code as '@shared/…' (web/vite.config.ts), e.g. the case cards'
        // words (tests/unit/web/case-preview.test.ts).
        resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Pure tests finish in milliseconds alone; on a shared 2-core machine a property run can wait seconds.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'infra',
          include: ['tests/infra/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          // beforeAll synthesizes the whole stack.
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
