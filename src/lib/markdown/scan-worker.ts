// A worker thread of `scanArticleBodies` (scan-pool.ts): claims chunks of bodies from the shared
// counter until none are left, and posts each chunk's scans back.
import { workerData } from 'node:worker_threads';
import { scanClaimedChunks, type ScanChunk, type ScanWorkerData } from './scan-pool.ts';

const { bodies, counters, chunk, port } = workerData as ScanWorkerData;

try {
  scanClaimedChunks(bodies, counters, chunk, (start, scans) => {
    if (scans) port.postMessage({ start, scans } satisfies ScanChunk);
  });
} finally {
  port.close();
}
