import { describe, expect, it } from 'vitest';
import { DEFAULT_CHOICES, parseUrl, serializeUrl } from './url.ts';

describe('URL contract versions', () => {
  it('writes the contract version into every link it writes, and nothing into an empty one', () => {
    expect(serializeUrl({ ...DEFAULT_CHOICES, node: 'minsk' })).toBe('?node=minsk&u=3');
    expect(serializeUrl(DEFAULT_CHOICES)).toBe('');
  });

  it('lifts a version-1 link to the default tour to the tour the default version has now', () => {
    expect(parseUrl('?present=1&story=summit-to-center&step=4')).toMatchObject({
      present: true,
      story: 'transfer-to-innovation',
      step: null,
    });
  });

  it('leaves a version-1 link pinned to the version that holds that tour as it was', () => {
    expect(parseUrl('?v=2026.11&present=1&story=summit-to-center&step=4')).toMatchObject({
      version: '2026.11',
      story: 'summit-to-center',
      step: 4,
    });
  });

  it('does not migrate a link the current contract wrote', () => {
    expect(parseUrl('?present=1&story=summit-to-center&step=4&u=3')).toMatchObject({
      story: 'summit-to-center',
      step: 4,
      scale: 'fixed',
    });
  });

  it('keeps the fitted widths of links written before the timeline scale (contract 2 and older)', () => {
    expect(parseUrl('?time=2019&mode=period&u=2').scale).toBe('fitted');
    expect(parseUrl('?time=2019&mode=period').scale).toBe('fitted');
    expect(parseUrl('?time=2019&mode=period&scale=fixed&u=2').scale).toBe('fixed');
    expect(parseUrl('?time=2019&mode=period&u=3').scale).toBe('fixed');
  });

  it('opens the front door (no parameters) in today’s defaults', () => {
    expect(parseUrl('').scale).toBe('fixed');
  });
});
