import { describe, expect, it } from 'vitest';
import { boxBetween, filmDuration, filmFrame, filmFrameCount, placesBox, stepBox } from './filmTimeline.ts';

const timing = { fps: 10, holdSeconds: 2, transitionSeconds: 1 };

describe('the film of a story', () => {
  it('lasts each step held, plus a transition between each two', () => {
    expect(filmDuration(2, timing)).toBe(5);
    expect(filmFrameCount(2, timing)).toBe(50);
    expect(filmDuration(3, timing)).toBe(8);
    expect(filmDuration(1, timing)).toBe(2);
    expect(filmFrameCount(0, timing)).toBe(0);
  });

  it('holds the first step, moves to the second, then holds it', () => {
    expect(filmFrame(0, 2, timing)).toEqual({ time: 0, step: 0, from: null, progress: 1 });
    expect(filmFrame(19, 2, timing)).toMatchObject({ step: 0, from: null });
    expect(filmFrame(20, 2, timing)).toEqual({ time: 2, step: 1, from: 0, progress: 0 });
    // Half way through the move the eased camera is half way too; a fifth in, about a tenth.
    expect(filmFrame(25, 2, timing).progress).toBeCloseTo(0.5, 10);
    expect(filmFrame(22, 2, timing).progress).toBeCloseTo(0.104, 10);
    expect(filmFrame(30, 2, timing)).toMatchObject({ step: 1, from: null, progress: 1 });
    expect(filmFrame(49, 2, timing)).toMatchObject({ step: 1, from: null });
  });

  it('moves to the third step after the second has held', () => {
    expect(filmFrame(50, 3, timing)).toMatchObject({ step: 2, from: 1, progress: 0 });
    expect(filmFrame(79, 3, timing)).toMatchObject({ step: 2, from: null });
  });

  it('frames the places a step names, and moves the frame between two steps', () => {
    const box = placesBox([
      { lon: 120.4, lat: 36.1 },
      { lon: 27.6, lat: 53.9 },
      { lon: 69.2, lat: 41.3 },
    ]);
    expect(box).toEqual([27.6, 36.1, 120.4, 53.9]);
    expect(placesBox([])).toBeNull();
    expect(boxBetween([0, 0, 10, 10], [20, 10, 30, 40], 0.5)).toEqual([10, 5, 20, 25]);
    expect(boxBetween([0, 0, 10, 10], [20, 10, 30, 40], 1)).toEqual([20, 10, 30, 40]);
  });
});

describe('stepBox', () => {
  const places = [
    { id: 'qingdao', lon: 120.4, lat: 36.1 },
    { id: 'minsk', lon: 27.6, lat: 53.9 },
    { id: 'wuhan', lon: 114.3, lat: 30.6 },
  ];
  it('frames the named places first, then the written camera, then what the step shows', () => {
    expect(stepBox({ nodes: ['minsk', 'qingdao'], camera: { lon: 0, lat: 0, zoom: 2 } }, places, [])).toEqual(
      [27.6, 36.1, 120.4, 53.9],
    );
    expect(stepBox({ camera: { lon: 0, lat: 0, zoom: 2 } }, places, places)![0]).toBeCloseTo(-168.75, 9);
    // One place: widened to 10° by 6° around it.
    const one = stepBox({}, places, places.slice(2))!;
    [109.3, 27.6, 119.3, 33.6].forEach((v, i) => expect(one[i]).toBeCloseTo(v, 9));
    expect(stepBox({ nodes: ['gone'] }, places, [])).toBeNull();
  });
});
