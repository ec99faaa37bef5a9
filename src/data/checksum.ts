import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';

/**
 * SHA-256 of a file's exact bytes, as lower-case hex. Synchronous and independent of SubtleCrypto, which
 * browsers withhold from plain-http origins (a lobby screen on an intranet address is one).
 */
export function sha256Hex(bytes: Uint8Array | string): string {
  return bytesToHex(sha256(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes));
}
