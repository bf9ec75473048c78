import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { LRUCache } from 'lru-cache';
import { type ComputeInput, type ComputeOutput, computeNetwork } from './network.compute.js';

type Pending = { resolve: (output: ComputeOutput) => void; reject: (error: Error) => void };

/**
 * Metrics and layout of network graphs, computed in one worker thread and
 * cached per network version (a digest of the graph as its reader sees it)
 * and audience (visitors, admins, or one member), so a map is computed once
 * however often it is opened.
 * The layout of a new version starts from the positions the same reader's
 * map had before, so it stays where it was between visits; positions are
 * only ever seeded from a graph that reader could see.
 */
export class NetworkMetrics {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly inFlight = new Map<string, Promise<ComputeOutput>>();
  /** Outputs by version; sized by their nodes. */
  private readonly cache = new LRUCache<string, ComputeOutput>({ maxSize: 400_000, sizeCalculation: (o) => o.nodes.length + 1 });
  /** The last positions of each reader's map (visitors share one), by node. */
  private readonly positions = new LRUCache<string, Record<string, { x: number; y: number }>>({
    maxSize: 400_000,
    sizeCalculation: (p) => Object.keys(p).length + 1,
  });
  private readonly workerFile = fileURLToPath(new URL('./network.worker.js', import.meta.url));
  /** Running from the TypeScript sources (the API's own tests) there is no compiled worker: compute in this thread. */
  private readonly inline = !existsSync(this.workerFile);
  computed = 0;

  /** The metrics of a graph version; `audience` names whose earlier positions may seed its layout. */
  async of(version: string, audience: string, input: Omit<ComputeInput, 'seeds'>): Promise<ComputeOutput> {
    // Per audience too: a layout seeded from one reader's earlier map must not reach another.
    const key = `${audience}:${version}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    let running = this.inFlight.get(key);
    if (!running) {
      const seeds = this.positions.get(audience);
      running = this.run({ ...input, ...(seeds ? { seeds } : {}) }).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, running);
    }
    const output = await running;
    this.cache.set(key, output);
    const placed: Record<string, { x: number; y: number }> = { ...this.positions.get(audience) };
    input.nodes.forEach((n, i) => {
      const at = output.nodes[i];
      if (at) placed[n.id] = { x: at.x, y: at.y };
    });
    this.positions.set(audience, placed);
    return output;
  }

  private run(input: ComputeInput): Promise<ComputeOutput> {
    this.computed++;
    if (this.inline) return new Promise((resolve) => setImmediate(() => resolve(computeNetwork(input))));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<ComputeOutput>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, input });
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerFile, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    worker.unref();
    worker.on('message', (message: { id: number; output?: ComputeOutput; error?: string }) => {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.output) pending.resolve(message.output);
      else pending.reject(new Error(`network metrics failed: ${message.error}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`network worker stopped (${code})`)));
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
