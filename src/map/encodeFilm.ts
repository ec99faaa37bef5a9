/**
 * Encodes frames drawn on a canvas into a video file with WebCodecs, through mediabunny (loaded only
 * here, on demand): MP4 (H.264, else AV1) where the browser encodes it, else WebM (VP9, else VP8). Each
 * frame gets its timestamp from its number, never from the clock.
 */

export interface FilmFile {
  blob: Blob;
  extension: 'mp4' | 'webm';
  /** mediabunny's codec name: avc, av1, vp9 or vp8. */
  codec: string;
}

/** The browser encodes none of the codecs the film can be written in. */
export class FilmUnsupportedError extends Error {}

export interface EncodeOptions {
  fps: number;
  /** Draws frame `k` on the canvas. */
  draw: (k: number) => void;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Written into the file's metadata: the title, and the view in words. */
  title?: string;
  description?: string;
}

export async function encodeFilm(
  canvas: HTMLCanvasElement,
  frames: number,
  options: EncodeOptions,
): Promise<FilmFile> {
  const m = await import('mediabunny');
  const size = { width: canvas.width, height: canvas.height, quality: m.QUALITY_HIGH };
  const mp4 =
    typeof VideoEncoder === 'undefined' ? null : await m.getFirstEncodableVideoCodec(['avc', 'av1'], size);
  const webm =
    mp4 || typeof VideoEncoder === 'undefined'
      ? null
      : await m.getFirstEncodableVideoCodec(['vp9', 'vp8'], size);
  const codec = mp4 ?? webm;
  if (!codec) throw new FilmUnsupportedError('no video encoder');
  const output = new m.Output({
    format: mp4 ? new m.Mp4OutputFormat({ fastStart: 'in-memory' }) : new m.WebMOutputFormat(),
    target: new m.BufferTarget(),
  });
  const source = new m.CanvasSource(canvas, { codec, quality: m.QUALITY_HIGH, keyFrameInterval: 2 });
  output.addVideoTrack(source, { frameRate: options.fps });
  output.setMetadataTags({
    ...(options.title ? { title: options.title } : {}),
    ...(options.description ? { description: options.description } : {}),
  });
  await output.start();
  try {
    for (let k = 0; k < frames; k++) {
      options.signal?.throwIfAborted();
      options.draw(k);
      await source.add(k / options.fps, 1 / options.fps);
      options.onProgress?.(k + 1, frames);
      // Let the page paint its progress bar and hear a cancel now and then.
      if (k % 4 === 3) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await output.finalize();
  } catch (error) {
    if (output.state !== 'finalized') await output.cancel();
    throw error;
  }
  const buffer = output.target.buffer!;
  return {
    blob: new Blob([buffer], { type: mp4 ? 'video/mp4' : 'video/webm' }),
    extension: mp4 ? 'mp4' : 'webm',
    codec,
  };
}
