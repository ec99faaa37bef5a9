import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Relative base so the build can be served from any path (a deployer's sub-folder, an embed host).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // The import graph, read by scripts/budget.ts to tell the first load from chunks loaded on demand.
    manifest: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Vendor code in chunks of its own, so the app's own size can be measured (scripts/budget.ts)
        // and cached apart from ours.
        manualChunks(id: string) {
          if (id.includes('node_modules/maplibre-gl')) return 'maplibre';
          if (/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          return undefined;
        },
      },
    },
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  test: {
    globals: true,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test-setup.ts'],
    pool: 'threads',
  },
});
