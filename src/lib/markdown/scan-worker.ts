// A worker thread of `scanArticleBodies` (scan-pool.ts): claims chunks of bodies from the shared
// counter until none are left, and posts each chunk's scans back.
import { workerData } from 'node:worker_threads';
import { scanArticleBody, type BodyScan } from './body-scan.ts';
import { FINISHED, NEXT, type ScanChunk, type ScanWorkerData } from './scan-pool.ts';

const { bodies, counters, chunk, port } = workerData as ScanWorkerData;

try {
  for (;;) {
    const start = Atomics.add(counters, NEXT, chunk);
    if (start >= bodies.length) break;
    const end = Math.min(start + chunk, bodies.length);
    try {
      const scans: BodyScan[] = [];
      for (let index = start; index < end; index += 1)
        scans.push(scanArticleBody(bodies[index] ?? ''));
      port.postMessage({ start, scans } satisfies ScanChunk);
    } catch {
      // Nothing posted: the calling thread scans this chunk again and meets the error itself.
    }
    // Counted only once posted: the waiting thread reads the messages after the count is complete.
    Atomics.add(counters, FINISHED, end - start);
    Atomics.notify(counters, FINISHED);
  }
} finally {
  port.close();
}
