// The build's second thread for article bodies (src/lib/markdown/render-ahead.ts): started when
// `astro build` starts, stopped when it ends or when the parent says so.
import { parentPort, workerData } from 'node:worker_threads';
import { fallbackRenders, renderAhead } from './render-ahead.ts';

const { root, base } = workerData as { root: string; base: string };
let stopped = false;
parentPort?.once('message', () => (stopped = true));
const made = await renderAhead(root, base, fallbackRenders(root), () => stopped);
parentPort?.postMessage({ made });
parentPort?.close();
