import { describe, expect, it } from 'vitest';
import { flowWidth, flowWidthScale, legendValues, nodeRadius } from './scales.ts';

describe('scales', () => {
  it('widens flows with the square root of their value, up to 11 px', () => {
    const scale = flowWidthScale(100);
    expect(scale(100)).toBeCloseTo(11);
    expect(scale(25)).toBeCloseTo(5.5);
    expect(scale(400)).toBeCloseTo(11);
  });

  it('never draws a flow thinner than a 1.2 px hairline', () => {
    const scale = flowWidthScale(10_000);
    expect(flowWidth(scale, 1)).toBe(1.2);
    expect(flowWidth(scale, 10_000)).toBeCloseTo(11);
  });

  it('gives the legend three round values spanning the maximum', () => {
    expect(legendValues(47)).toEqual([2, 10, 50]);
    expect(legendValues(300)).toEqual([20, 80, 300]);
    expect(legendValues(1)).toEqual([1]);
    expect(legendValues(0)).toEqual([]);
  });

  it('keeps the center largest and grows hubs and partners with activity', () => {
    expect(nodeRadius('center', 0, 100)).toBe(14);
    expect(nodeRadius('partner', 100, 100)).toBe(12);
    expect(nodeRadius('partner', 25, 100)).toBeCloseTo(4 + 8 * 0.5);
  });
});

describe('scales at their limits', () => {
  it('never grows a node past its kind’s largest radius', () => {
    expect(nodeRadius('hub', 400, 100)).toBe(13);
    expect(nodeRadius('center', 400, 100)).toBe(20);
  });
});
