import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  noticesText,
  packageRoot,
  packagesInBuild,
  readPackageNotice,
  workboxModules,
} from './third-party-notices.ts';

describe('which package a module is', () => {
  it('takes the last node_modules folder, scoped or not, absolute or relative', () => {
    expect(packageRoot('/app/node_modules/maplibre-gl/dist/maplibre-gl.js')).toBe(
      '/app/node_modules/maplibre-gl',
    );
    expect(packageRoot('/app/node_modules/@tanstack/query-core/build/modern/index.js')).toBe(
      '/app/node_modules/@tanstack/query-core',
    );
    expect(packageRoot('/app/node_modules/a/node_modules/b/index.js')).toBe(
      '/app/node_modules/a/node_modules/b',
    );
    expect(packageRoot('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs')).toBe(
      'node_modules/maplibre-gl',
    );
    expect(packageRoot('\0/app/node_modules/react/cjs/react.js?commonjs-module')).toBe(
      '/app/node_modules/react',
    );
  });

  it('is nothing for our own code and virtual modules', () => {
    expect(packageRoot('/app/src/main.tsx')).toBeUndefined();
    expect(packageRoot('\0vite/preload-helper.js')).toBeUndefined();
  });

  it('gathers, per package, the files holding its code', () => {
    const packages = packagesInBuild([
      { fileName: 'assets/index.js', moduleIds: ['/a/src/main.tsx', '/a/node_modules/d3-geo/src/index.js'] },
      { fileName: 'assets/arcs.js', moduleIds: ['/a/node_modules/d3-geo/src/area.js'] },
      { fileName: 'assets/react.js', moduleIds: ['/a/node_modules/react/index.js'] },
    ]);
    expect([...packages.keys()].sort()).toEqual(['/a/node_modules/d3-geo', '/a/node_modules/react']);
    expect(packages.get('/a/node_modules/d3-geo')?.sort()).toEqual(['assets/arcs.js', 'assets/index.js']);
  });

  it('reads the workbox modules from the runtime’s markers', () => {
    const runtime =
      'try{self["workbox:core:7.4.0"]&&_()}catch(t){};try{self["workbox:routing:7.4.0"]&&_()}' +
      'catch(t){};try{self["workbox:core:7.4.0"]&&_()}catch(t){}';
    expect(workboxModules(runtime)).toEqual(['workbox-core', 'workbox-routing']);
  });
});

describe('the notices file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'notices-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const writePackage = (name: string, pkg: object, files: Record<string, string>) => {
    const root = path.join(dir, 'node_modules', name);
    fs.mkdirSync(root, { recursive: true });
    fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name, ...pkg }));
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(root, file), text);
    return root;
  };

  it('carries each package’s name, version, licence, source, files and licence text', () => {
    const map = writePackage(
      'maplibre-gl',
      {
        version: '6.17.0',
        license: 'BSD-3-Clause',
        repository: { url: 'git+https://github.com/maplibre/maplibre-gl-js.git' },
      },
      { 'LICENSE.txt': 'Copyright (c) 2023, MapLibre contributors\nRedistribution and use ...\n' },
    );
    const d3 = writePackage(
      'd3-geo',
      { version: '3.1.2', license: 'ISC', homepage: 'https://d3js.org/d3-geo/' },
      {
        LICENSE: 'Copyright 2010-2024 Mike Bostock',
      },
    );
    const text = noticesText([
      readPackageNotice(map, ['assets/maplibre.js', 'assets/maplibre-gl-worker.mjs']),
      readPackageNotice(d3, ['assets/arcs.js']),
    ]);
    expect(text).toContain('Packages: 2.');
    expect(text).toContain(
      [
        'd3-geo 3.1.2 (ISC)',
        'https://d3js.org/d3-geo/',
        'In this build: assets/arcs.js',
        '',
        'Copyright 2010-2024 Mike Bostock',
      ].join('\n'),
    );
    expect(text).toContain(
      [
        'maplibre-gl 6.17.0 (BSD-3-Clause)',
        'https://github.com/maplibre/maplibre-gl-js',
        'In this build: assets/maplibre-gl-worker.mjs, assets/maplibre.js',
        '',
        'Copyright (c) 2023, MapLibre contributors\nRedistribution and use ...',
      ].join('\n'),
    );
    // By name: d3-geo before maplibre-gl.
    expect(text.indexOf('d3-geo 3.1.2')).toBeLessThan(text.indexOf('maplibre-gl 6.17.0'));
  });

  it('stops the build, naming the package and its files, when it has no licence file', () => {
    const root = writePackage('no-terms', { version: '1.0.0', license: 'MIT' }, { 'index.js': '' });
    expect(() => readPackageNotice(root, ['assets/index.js'])).toThrow(
      /no-terms .* ships in assets\/index\.js but has no LICENSE file/,
    );
  });
});
