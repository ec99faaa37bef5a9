/**
 * Mutation testing (`npm run mutate`): StrykerJS 9 with its Vitest runner (Stryker 10 needs Node 22).
 * It changes the code under test one small way at a time and checks that some unit test fails. The
 * domain must stay at or above 85 % (README, "Tests that catch a broken app"); `--mutate` narrows a run,
 * e.g. `npm run mutate -- --mutate 'src/domain/**\/*.ts'`.
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutate.config.ts' },
  mutate: [
    'src/domain/**/*.ts',
    'src/state/**/*.ts',
    'src/data/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.test.tsx',
    '!src/domain/testDataset.ts',
    '!src/state/testChoices.ts',
    '!src/data/fixtures/**',
    // React hooks: exercised by component tests, not the subject of this run.
    '!src/state/useScene.ts',
    '!src/state/urlSync.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  timeoutMS: 20_000,
};
