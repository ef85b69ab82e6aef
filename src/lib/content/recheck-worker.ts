// The dev server's content check, run off its main thread: checking 1,000 articles after each save
// on the thread that serves pages held the edited page back by most of a second.
import { parentPort, workerData } from 'node:worker_threads';
import { validateContent } from './validate.ts';

const { root, base } = workerData as { root: string; base: string };
const { problems } = await validateContent({ root, base });
parentPort?.postMessage(problems);
