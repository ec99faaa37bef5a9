/** The one function the font test uses; fontverter ships no types. */
declare module 'fontverter' {
  const fontverter: {
    convert(font: Uint8Array | Buffer, to: 'sfnt' | 'woff' | 'woff2' | 'truetype'): Promise<Uint8Array>;
  };
  export default fontverter;
}
