import { describe, expect, it } from 'vitest';
import type { Manifest, ManifestVersion } from './schema.ts';
import { fallbackOrder } from './versions.ts';

function entry(id: string, published: string): ManifestVersion {
  const text = { zh: id, en: id, ru: id };
  return {
    id,
    version: '1.0.0',
    published,
    title: text,
    changelog: text,
    folder: id,
    files: {},
    dataSchema: 2,
  };
}

describe('fallbackOrder', () => {
  const manifest: Manifest = {
    schema: 2,
    default: '2026.11',
    versions: [
      entry('2025.09', '2025-09-05'),
      entry('2026.11', '2026-11-20'),
      entry('2026.03', '2026-03-01'),
    ],
  };

  it('lists every other version, the most recently published first', () => {
    expect(fallbackOrder(manifest, '2026.11').map((v) => v.id)).toEqual(['2026.03', '2025.09']);
    expect(fallbackOrder(manifest, '2025.09').map((v) => v.id)).toEqual(['2026.11', '2026.03']);
  });

  it('offers nothing when the failed version is the only one', () => {
    expect(fallbackOrder({ ...manifest, versions: [manifest.versions[1]!] }, '2026.11')).toEqual([]);
  });

  it('does not reorder the manifest itself', () => {
    fallbackOrder(manifest, undefined);
    expect(manifest.versions.map((v) => v.id)).toEqual(['2025.09', '2026.11', '2026.03']);
  });
});
