/** Image sizes offered for slides; 3840×2160 is the largest a 4K wall shows. */
export const EXPORT_SIZES: Array<[number, number]> = [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
];

/** Film sizes: full HD, a 4K wall, and a small draft to check a story quickly. */
export const FILM_SIZES: Array<[number, number]> = [
  [1920, 1080],
  [3840, 2160],
  [640, 360],
];
