import { defineConfig } from 'vitest/config';

/** End-to-end tests: real Chromium against the production build in dist/ (run `npm run build` first). */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    globalSetup: ['./e2e/globalSetup.ts'],
  },
});
