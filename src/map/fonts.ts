/** Placeholder until the font subset script lands: resolves without loading anything. */
export const APP_FONT_STACK = ['Noto Sans', 'Noto Sans SC'];
export async function loadAppFonts(_baseUrl: string): Promise<{ ok: boolean; failed: string[] }> {
  return { ok: true, failed: [] };
}
