import { describe, expect, it } from 'vitest';
import { testDataset } from '../domain/testDataset.ts';
import { parseTimeSelection } from '../data/period.ts';
import { selectScene, type SceneChoices } from './scene.ts';
import { pinnedHref, shownSelections, takeHomeHref } from './viewLink.ts';
import { testChoices } from './testChoices.ts';

const base: SceneChoices = testChoices;
const everything = { node: () => true, edge: () => true };

describe('links to this view', () => {
  it('from a wall, open the same view to explore, with the wall’s reported-only filter said outright', () => {
    expect(
      takeHomeHref(
        'https://example.org/map/?lang=en&kiosk=1&story=tour&step=3&time=2025-06&node=qingdao&u=3',
        '2026.12',
        everything,
        'reported',
      ),
    ).toBe('https://example.org/map/?lang=en&time=2025-06&node=qingdao&u=3&provenance=reported&v=2026.12');
  });

  it('always name the dataset version, even when the address follows the default', () => {
    expect(pinnedHref('https://example.org/map/?lang=ru&u=3', '2026.12', everything)).toBe(
      'https://example.org/map/?lang=ru&u=3&v=2026.12',
    );
    expect(pinnedHref('https://example.org/map/', '2026.12', everything)).toBe(
      'https://example.org/map/?v=2026.12&u=3',
    );
  });

  it('read an address of an older contract in its own terms (its widths were fitted)', () => {
    expect(pinnedHref('https://example.org/?time=2019&mode=period', '2026.12', everything)).toBe(
      'https://example.org/?time=2019&mode=period&scale=fitted&v=2026.12&u=3',
    );
  });

  it('replace a version the address names by the one on screen (a fallback shows another)', () => {
    expect(pinnedHref('https://example.org/?v=2099.01&u=3', '2026.11', everything)).toBe(
      'https://example.org/?v=2026.11&u=3',
    );
  });

  it('keep commas and tildes readable and every other parameter as it was', () => {
    expect(
      pinnedHref(
        'https://example.org/?types=talent,project&edge=minsk~qingdao~talent&embed=1&u=3',
        '2026.12',
        everything,
      ),
    ).toBe('https://example.org/?types=talent,project&edge=minsk~qingdao~talent&embed=1&u=3&v=2026.12');
  });

  it('drop an edge whose flow type is filtered out, and a node whose kind is hidden', () => {
    const dataset = testDataset();
    const onlyProjects = selectScene(dataset, undefined, { ...base, types: ['project'] });
    const href = 'https://example.org/?node=wuhan&edge=minsk~qingdao~talent&u=3';
    expect(pinnedHref(href, '2025.09', shownSelections(onlyProjects))).toBe(
      'https://example.org/?node=wuhan&u=3&v=2025.09',
    );
    const noHubs = selectScene(dataset, undefined, { ...base, kinds: ['center', 'partner'] });
    expect(pinnedHref(href, '2025.09', shownSelections(noHubs))).toBe(
      'https://example.org/?edge=minsk~qingdao~talent&u=3&v=2025.09',
    );
  });

  it('drop a node that does not exist yet in the chosen window', () => {
    // Wuhan joins on 2025-09-04 in the test dataset; by the end of 2021 it is not on the map.
    const dataset = testDataset();
    const in2021 = selectScene(dataset, undefined, {
      ...base,
      time: parseTimeSelection('2021'),
    });
    expect(pinnedHref('https://example.org/?node=wuhan&u=3', '2025.09', shownSelections(in2021))).toBe(
      'https://example.org/?u=3&v=2025.09',
    );
  });
});
