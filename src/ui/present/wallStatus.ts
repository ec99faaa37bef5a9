import { create } from 'zustand';

/**
 * What a wall knows about its data, for its status corner: when it last asked the server for the manifest,
 * whether that failed (offline), and which version it last switched to by itself. Not a choice of the
 * viewer, so not in the URL store.
 */
export interface WallStatus {
  /** When the last check of the manifest ended (ms since the epoch), or null before the first. */
  checkedAt: number | null;
  /** The browser says it is offline, or the last check could not reach the server. */
  offline: boolean;
  /** The version a check switched to without a reload, once shown. */
  updatedTo: string | null;
}

export const useWallStatus = create<WallStatus>(() => ({ checkedAt: null, offline: false, updatedTo: null }));
