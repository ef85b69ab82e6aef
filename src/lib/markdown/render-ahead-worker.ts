// A second thread for article bodies (src/lib/markdown/render-ahead.ts): the build starts one for
// the bodies other languages show in English, the content check one for the bodies it checks.
// It stops when it has rendered them all or when the parent says so.
import { parentPort, workerData } from 'node:worker_threads';
import { fallbackRenders, renderAhead, type RenderAheadJob } from './render-ahead.ts';

const { root, base, contentDir = 'content', renders } = workerData as RenderAheadJob;
let stopped = false;
parentPort?.once('message', () => (stopped = true));
const made = await renderAhead(
  root,
  base,
  renders ?? fallbackRenders(root, contentDir),
  () => stopped,
  contentDir,
);
parentPort?.postMessage({ made });
parentPort?.close();
