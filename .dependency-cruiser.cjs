/**
 * The architecture, checked in CI (`npm run deps`): what each layer may import, and no cycles.
 *   data   → nothing of the app (schema, loading, validation, migrations; no React)
 *   domain → data (pure functions; no React, no DOM libraries)
 *   i18n   → data
 *   state  → data, domain, i18n (the store and the scene selector; never a renderer)
 *   map    → data, domain, state's types and selectors (never the store, never ui: it is driven)
 *   ui     → anything in src
 */
const layer = (name) => `^src/${name}/`;
const notTests = '\\.test\\.tsx?$';

module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'data-imports-nothing-of-the-app',
      severity: 'error',
      from: { path: layer('data'), pathNot: notTests },
      to: { path: '^src/(domain|state|map|ui|i18n)/' },
    },
    {
      name: 'domain-imports-only-data',
      severity: 'error',
      from: { path: layer('domain'), pathNot: notTests },
      to: { path: '^src/(state|map|ui|i18n)/' },
    },
    {
      name: 'i18n-imports-only-data',
      severity: 'error',
      from: { path: layer('i18n'), pathNot: notTests },
      to: { path: '^src/(domain|state|map|ui)/' },
    },
    {
      name: 'state-never-imports-a-renderer',
      severity: 'error',
      from: { path: layer('state'), pathNot: notTests },
      to: { path: '^src/(map|ui)/' },
    },
    {
      name: 'map-is-driven',
      comment:
        'The map takes scenes and gives back events through callbacks: it imports no ui and writes no store.',
      severity: 'error',
      from: { path: layer('map'), pathNot: notTests },
      to: { path: ['^src/ui/', '^src/state/(store|useScene|urlSync)\\.ts$'] },
    },
    {
      name: 'no-react-below-the-ui',
      severity: 'error',
      from: { path: '^src/(data|domain|i18n|state/(?!use))', pathNot: notTests },
      to: { path: 'node_modules/(react|react-dom|@tanstack/react-query|zustand/react)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
    exclude: { path: '^(dist|coverage|node_modules)/' },
  },
};
