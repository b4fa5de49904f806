import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // The model is trained once in global setup so parallel test files do not race to write it.
    globalSetup: ['tests/global-setup.ts'],
  },
});
