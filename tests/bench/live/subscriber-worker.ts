import { parentPort, workerData } from 'node:worker_threads';
import { openSubscribers, type SubscriberOptions } from './subscribers.ts';

/** A share of the benchmark's subscribers in a thread of its own: their work runs beside the main thread's. */
const options = workerData as Omit<SubscriberOptions, 'onReceive'>;
let batch: [number, number][] = [];
const flush = () => {
  if (batch.length) parentPort?.postMessage({ type: 'received', batch });
  batch = [];
};
setInterval(flush, 20).unref();
const close = await openSubscribers({ ...options, onReceive: (seq, at) => batch.push([seq, at]) });
parentPort?.postMessage({ type: 'ready' });
parentPort?.on('message', async (message: { type: string }) => {
  if (message.type !== 'close') return;
  flush();
  await close();
  parentPort?.postMessage({ type: 'closed' });
});
