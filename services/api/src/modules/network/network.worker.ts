import { parentPort } from 'node:worker_threads';
import { type ComputeInput, computeNetwork } from './network.compute.js';

/** The worker thread of `NetworkMetrics`: metrics and layout off the request thread. */
parentPort?.on('message', (message: { id: number; input: ComputeInput }) => {
  try {
    parentPort?.postMessage({ id: message.id, output: computeNetwork(message.input) });
  } catch (error) {
    parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
