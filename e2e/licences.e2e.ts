import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The build passes on the terms of the third-party code it ships (vite.config.ts, third-party-notices):
 * every vendor file is named in `licenses/third-party.txt` beside the licence text it ships under.
 */
describe('third-party licence notices in the build', () => {
  const notices = fs.readFileSync('dist/licenses/third-party.txt', 'utf8');
  const section = (name: string) => {
    const start = notices.search(new RegExp(`^${name} \\d`, 'm'));
    expect(start, name).toBeGreaterThan(0);
    const end = notices.indexOf('\n' + '-'.repeat(78), start);
    return notices.slice(start, end < 0 ? undefined : end);
  };

  it('names every vendor file of the build', () => {
    const vendor = [
      ...fs
        .readdirSync('dist/assets')
        .filter((f) => /^(maplibre|react|mediabunny)[-.]/.test(f))
        .map((f) => `assets/${f}`),
      ...fs.readdirSync('dist').filter((f) => /^workbox-.*\.js$/.test(f)),
    ];
    // MapLibre's code and worker, React, the muxer, the service worker's runtime.
    expect(vendor.length).toBeGreaterThanOrEqual(5);
    for (const file of vendor) expect(notices, file).toContain(file);
  });

  it('carries each licence’s own words', () => {
    expect(section('maplibre-gl')).toContain('(BSD-3-Clause)');
    expect(section('maplibre-gl')).toContain('Redistribution and use in source and binary forms');
    for (const name of ['react', 'react-dom', 'zod', 'zustand'])
      expect(section(name), name).toContain('Permission is hereby granted, free of charge');
    expect(section('d3-geo')).toContain('(ISC)');
    expect(section('mediabunny')).toContain('Mozilla Public License');
  });
});
