/**
 * A V8 heap snapshot split into what the page holds and what V8 compiled. `npm run soak` judges the
 * page by the first: V8 keeps compiling more of a long-running loop into machine code (bounded by the
 * page's code, and flat with `--jitless`), which says nothing about the page accumulating data.
 */
import type { CDPSession } from 'playwright-core';

export interface HeapSplit {
  /**
   * Self size of every node that is not V8 code: objects, arrays, strings, closures, and the native
   * objects the snapshot attributes to the page (DOM nodes, array buffers), which `JSHeapUsedSize` leaves out.
   */
  objects: number;
  /** Self size of V8's code nodes: bytecode, machine code, feedback and the like. */
  code: number;
}

/** The parts of the `.heapsnapshot` JSON this reads. */
export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
}

export function splitHeapSnapshot(raw: HeapSnapshotJson): HeapSplit {
  const fields = raw.snapshot.meta.node_fields;
  const types = raw.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  if (!Array.isArray(types) || typeAt < 0 || sizeAt < 0 || fields.length === 0)
    throw new Error('heap snapshot: no node type or self_size field');
  const split: HeapSplit = { objects: 0, code: 0 };
  for (let i = 0; i + fields.length <= raw.nodes.length; i += fields.length) {
    const size = raw.nodes[i + sizeAt]!;
    if (types[raw.nodes[i + typeAt]!] === 'code') split.code += size;
    else split.objects += size;
  }
  return split;
}

/** Takes a snapshot over the DevTools protocol (after a full collection) and splits it. */
export async function takeHeapSplit(cdp: CDPSession): Promise<HeapSplit> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return splitHeapSnapshot(JSON.parse(chunks.join('')) as HeapSnapshotJson);
}
