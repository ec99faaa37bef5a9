import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config';

/**
 * The unit tests mutation testing runs against (stryker.config.mjs): every `src/**\/*.test.ts`, without the
 * React component tests (`*.test.tsx`) and the Node scripts' tests. A static mutant (a module-level constant)
 * reloads and reruns the whole selection, so a lighter selection makes `npm run mutate` several times faster.
 * Leaving tests out can only lower the score, never raise it.
 */
export default mergeConfig(viteConfig, defineConfig({ test: { include: ['src/**/*.test.ts'] } }));
