import { crc32 as zlibCrc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { crc32, withPngText } from './pngMetadata.ts';

/** A 1×1 red pixel as pngjs writes it: signature, IHDR, IDAT, IEND. */
function onePixel(): Uint8Array {
  const png = new PNG({ width: 1, height: 1 });
  png.data.set([255, 0, 0, 255]);
  return new Uint8Array(PNG.sync.write(png));
}

/** The chunks of a PNG file: type and data, checking each CRC against zlib's. */
function chunks(bytes: Uint8Array): Array<[string, Uint8Array]> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Array<[string, Uint8Array]> = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(bytes.subarray(at + 4, at + 8));
    expect(view.getUint32(at + 8 + length), type).toBe(zlibCrc32(bytes.subarray(at + 4, at + 8 + length)));
    out.push([type, bytes.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  return out;
}

describe('text in the PNG file', () => {
  it('computes the CRC-32 zlib computes', () => {
    const bytes = new TextEncoder().encode('iTXtDescription 2024: 明斯克 Минск');
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('puts a UTF-8 iTXt Description right after the header, and the image still reads', () => {
    const text = '2025：共31条流动记录。Самые активные партнёры: Алматы (17).';
    const out = withPngText(onePixel(), 'Description', text);
    const list = chunks(out);
    expect(list.map(([type]) => type)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    const [, data] = list[1]!;
    expect(new TextDecoder().decode(data)).toBe(`Description\0\0\0\0\0${text}`);
    const decoded = PNG.sync.read(Buffer.from(out));
    expect([decoded.width, decoded.height, ...decoded.data]).toEqual([1, 1, 255, 0, 0, 255]);
  });
});
