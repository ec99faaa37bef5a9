import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, effectiveProvenance, parseUrl, serializeUrl, type UrlChoices } from './url.ts';

describe('URL contract', () => {
  it('reads every parameter of a full link', () => {
    const c = parseUrl(
      '?v=2025.09&lang=ru&time=2019..2024&mode=period&types=talent,project&kinds=hub&node=minsk&view=table&at=100.5,40,3.25&theme=light&country=RU,BY&min=5&compare=2018&vs=2025.09&edge=minsk~qingdao~talent&present=1&story=summit-to-center&step=2&provenance=all&scale=fitted&projection=globe&u=3',
    );
    expect(c).toEqual({
      version: '2025.09',
      lang: 'ru',
      time: { from: { granularity: 'year', year: 2019 }, to: { granularity: 'year', year: 2024 } },
      mode: 'period',
      types: ['project', 'talent'],
      kinds: ['hub'],
      node: 'minsk',
      view: 'table',
      at: { lon: 100.5, lat: 40, zoom: 3.25 },
      theme: 'light',
      countries: ['BY', 'RU'],
      minValue: 5,
      compare: { from: { granularity: 'year', year: 2018 }, to: { granularity: 'year', year: 2018 } },
      vs: '2025.09',
      edge: 'minsk~qingdao~talent',
      present: true,
      kiosk: false,
      embed: false,
      story: 'summit-to-center',
      step: 2,
      provenance: 'all',
      scale: 'fitted',
      projection: 'globe',
    });
  });

  it('shows reported records only in rooms nobody reads up close, unless the link says all', () => {
    const rooms = [
      '',
      '?present=1',
      '?kiosk=1',
      '?embed=1',
      '?present=1&provenance=all',
      '?provenance=reported',
    ];
    expect(rooms.map((q) => effectiveProvenance(parseUrl(q)))).toEqual([
      'all',
      'reported',
      'reported',
      'reported',
      'all',
      'reported',
    ]);
    expect(parseUrl('?provenance=some').provenance).toBeNull();
  });

  it('reads quarter and month periods', () => {
    expect(parseUrl('?time=2024-Q3').time).toEqual({
      from: { granularity: 'quarter', year: 2024, index: 3 },
      to: { granularity: 'quarter', year: 2024, index: 3 },
    });
    expect(parseUrl('?time=2024-07').time?.from).toEqual({ granularity: 'month', year: 2024, index: 7 });
  });

  it('falls back to defaults for unknown or malformed values', () => {
    const c = parseUrl(
      '?v=latest&lang=fr&time=2024-Q5&mode=x&types=money&kinds=&node=<script>&view=globe&at=1,2&theme=blue&unknown=1',
    );
    // A link without `u` predates contract 3 and so keeps the fitted widths it was written with.
    expect(c).toEqual({ ...DEFAULT_CHOICES, kinds: [], scale: 'fitted' });
    expect(parseUrl('?time=2024..2019').time).toBeNull();
    expect(parseUrl('?time=2019..2024-Q1').time).toBeNull();
    expect(parseUrl('?at=200,0,3').at).toBeNull();
  });

  it('writes nothing for defaults and keeps foreign parameters', () => {
    expect(serializeUrl(DEFAULT_CHOICES)).toBe('');
    expect(serializeUrl({ ...DEFAULT_CHOICES, node: 'minsk' }, '?utm_source=site&node=x')).toBe(
      '?utm_source=site&node=minsk&u=3',
    );
  });

  it('round-trips any valid choices', () => {
    const choices = fc.record<UrlChoices>({
      version: fc.option(fc.constantFrom('2025.09', '2026.11')),
      lang: fc.option(fc.constantFrom('zh', 'en', 'ru')),
      time: fc.option(
        fc.tuple(fc.integer({ min: 2018, max: 2030 }), fc.integer({ min: 0, max: 5 })).map(([y, n]) => ({
          from: { granularity: 'year' as const, year: y },
          to: { granularity: 'year' as const, year: y + n },
        })),
      ),
      mode: fc.constantFrom('period', 'cumulative'),
      types: fc.subarray(['project', 'talent', 'agreement'] as const).map((a) => [...a]),
      kinds: fc.subarray(['center', 'hub', 'partner'] as const).map((a) => [...a]),
      node: fc.option(fc.constantFrom('qingdao', 'minsk', 'greater-bay-area')),
      view: fc.constantFrom('map', 'table'),
      at: fc.option(
        fc.record({
          lon: fc.integer({ min: -1800000, max: 1800000 }).map((n) => n / 10000),
          lat: fc.integer({ min: -850000, max: 850000 }).map((n) => n / 10000),
          zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
        }),
      ),
      theme: fc.constantFrom('dark', 'light'),
      countries: fc.subarray(['BY', 'CN', 'RU']).map((a) => [...a]),
      minValue: fc.integer({ min: 0, max: 1000 }),
      compare: fc.option(
        fc.integer({ min: 2018, max: 2030 }).map((y) => ({
          from: { granularity: 'year' as const, year: y },
          to: { granularity: 'year' as const, year: y },
        })),
      ),
      vs: fc.option(fc.constantFrom('2025.09', '2026.11')),
      edge: fc.option(fc.constantFrom('minsk~qingdao~talent', 'qingdao~wuhan~agreement')),
      present: fc.boolean(),
      kiosk: fc.boolean(),
      embed: fc.boolean(),
      story: fc.option(fc.constantFrom('summit-to-center')),
      step: fc.option(fc.integer({ min: 1, max: 999 })),
      provenance: fc.option(fc.constantFrom('reported', 'all')),
      scale: fc.constantFrom('fixed', 'fitted'),
      projection: fc.constantFrom('mercator', 'globe'),
    });
    fc.assert(
      fc.property(choices, (c) => {
        expect(parseUrl(serializeUrl(c))).toEqual(c);
      }),
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (k, v) => {
        const search = `?${encodeURIComponent(k)}=${encodeURIComponent(v)}&v=${encodeURIComponent(v)}&time=${encodeURIComponent(v)}&at=${encodeURIComponent(v)}&types=${encodeURIComponent(v)}`;
        expect(() => parseUrl(search)).not.toThrow();
      }),
    );
  });
});

describe('exploreSearch', () => {
  it('drops the presentation and embed parameters, keeping the view', async () => {
    const { exploreSearch } = await import('./url.ts');
    expect(exploreSearch('?lang=ru&embed=1&time=2024&present=1&story=a&step=2&kiosk=1')).toBe(
      '?lang=ru&time=2024',
    );
    expect(exploreSearch('?embed=1')).toBe('');
  });
});
