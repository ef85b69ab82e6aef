import { availableParallelism } from 'node:os';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import { scanArticleBody, type BodyScan } from './body-scan.ts';

/** Slots of the counters the threads share. */
const NEXT = 0;
const FINISHED = 1;

/** What a worker is given: the bodies, the shared counters and the port it answers on. */
export interface ScanWorkerData {
  bodies: readonly string[];
  /** Int32Array over a SharedArrayBuffer: [next body to claim, bodies finished]. */
  counters: Int32Array;
  chunk: number;
  port: MessagePort;
}

/** What a worker posts for each chunk it has scanned. */
export interface ScanChunk {
  start: number;
  scans: BodyScan[];
}

/** Below this many bodies per thread, starting a worker (about 0.2 s) costs more than it saves. */
const BODIES_PER_WORKER = 250;
/** Bodies claimed at a time: small enough to share the tail evenly, large enough to post rarely. */
const CHUNK = 16;
/**
 * How long to wait for a worker that has claimed bodies without finishing any: after that it is
 * taken for dead and its bodies are scanned here, so the result never depends on a worker.
 */
const STALL_MS = 20_000;

/**
 * Parsing makes short-lived objects by the million. With a worker's default young generation its
 * garbage collector took a quarter of the worker's time (2.5 s of 8.8 s at 5,000 articles); with
 * 64 MB, half a second.
 */
const WORKER_YOUNG_GENERATION_MB = 64;

/** How many workers to start for this many bodies on this machine (the calling thread works too). */
export function workersFor(bodies: number, threads = availableParallelism()): number {
  return Math.max(0, Math.min(threads - 1, Math.floor(bodies / BODIES_PER_WORKER) - 1, 7));
}

/**
 * Takes chunks of bodies from the shared counter until none are left, as every thread of the pool
 * does. Each chunk's scans go to `take`, or `undefined` when scanning it threw: the calling
 * thread's last pass scans such a chunk again and meets the error itself. A chunk is counted as
 * finished only after `take`, so the waiting thread reads a worker's messages once the count is
 * complete.
 */
export function scanClaimedChunks(
  bodies: readonly string[],
  counters: Int32Array,
  chunk: number,
  take: (start: number, scans: BodyScan[] | undefined) => void,
): void {
  for (;;) {
    const start = Atomics.add(counters, NEXT, chunk);
    if (start >= bodies.length) return;
    const end = Math.min(start + chunk, bodies.length);
    let scans: BodyScan[] | undefined;
    try {
      scans = bodies.slice(start, end).map(scanArticleBody);
    } catch {
      scans = undefined;
    }
    take(start, scans);
    Atomics.add(counters, FINISHED, end - start);
    Atomics.notify(counters, FINISHED);
  }
}

/** Scans under way: `finish()` joins in, waits for the workers and returns every scan. */
export interface PendingScans {
  finish(): BodyScan[];
}

/**
 * Starts scanning every body (see `scanArticleBody`). Parsing is most of the content check's
 * time, so with many articles worker threads take chunks of bodies from a shared counter as soon
 * as they start, while the calling thread does other work; `finish()` then takes chunks too until
 * none are left. It stays synchronous (the calling thread blocks on the counter while the workers
 * finish their last chunks) so that callers such as Astro's config hook need not change. A worker
 * that fails or stalls only means its bodies are scanned by the calling thread.
 */
export function startScanning(
  bodies: readonly string[],
  workers = workersFor(bodies.length),
): PendingScans {
  if (workers <= 0) return { finish: () => bodies.map(scanArticleBody) };
  const counters = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
  const pool = Array.from({ length: workers }, () => {
    const { port1, port2 } = new MessageChannel();
    const data: ScanWorkerData = { bodies, counters, chunk: CHUNK, port: port2 };
    const worker = new Worker(new URL('./scan-worker.ts', import.meta.url), {
      workerData: data,
      transferList: [port2],
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    // A worker's failure is handled in finish() by scanning its bodies there; an unheard 'error'
    // event would end the process.
    worker.on('error', () => {});
    worker.unref();
    return { worker, port: port1 };
  });
  return { finish: () => finishScanning(bodies, counters, pool) };
}

function finishScanning(
  bodies: readonly string[],
  counters: Int32Array,
  pool: readonly { worker: Worker; port: MessagePort }[],
): BodyScan[] {
  const scans: (BodyScan | undefined)[] = new Array(bodies.length);
  scanClaimedChunks(bodies, counters, CHUNK, (start, chunk) =>
    chunk?.forEach((scan, offset) => {
      scans[start + offset] = scan;
    }),
  );

  let finished = Atomics.load(counters, FINISHED);
  while (finished < bodies.length) {
    const outcome = Atomics.wait(counters, FINISHED, finished, STALL_MS);
    const now = Atomics.load(counters, FINISHED);
    if (outcome === 'timed-out' && now === finished) break;
    finished = now;
  }

  for (const { worker, port } of pool) {
    for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
      const { start, scans: chunk } = message.message as ScanChunk;
      chunk.forEach((scan, offset) => {
        scans[start + offset] = scan;
      });
    }
    port.close();
    void worker.terminate();
  }
  return scans.map((scan, index) => scan ?? scanArticleBody(bodies[index] ?? ''));
}

/** Scans every body, in the same order, with workers when there are many (see `startScanning`). */
export function scanArticleBodies(
  bodies: readonly string[],
  workers = workersFor(bodies.length),
): BodyScan[] {
  return startScanning(bodies, workers).finish();
}
