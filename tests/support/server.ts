import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const apiMain = path.join(repoRoot, 'services/api/dist/main.js');

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface StartedVerbund {
  url: string;
  process: ChildProcess;
  dataDir: string;
  /** Milliseconds from spawning the process until /readyz answered. */
  startupMs: number;
  stop(): Promise<void>;
}

/**
 * A data folder in which a server has already applied the migrations and
 * loaded the demo city (set by the end-to-end tests' global setup): a fresh
 * demo server starts from a copy of it instead of seeding again.
 */
export const DATA_TEMPLATE_VARIABLE = 'VERBUND_E2E_DATA_TEMPLATE';

/**
 * Starts the built Verbund server as a separate process, as `npm start` does,
 * on a free port with its own data folder; resolves once it is ready.
 */
export async function startVerbund(env: Record<string, string> = {}, existingDataDir?: string): Promise<StartedVerbund> {
  const port = await freePort();
  const dataDir = existingDataDir ?? (await mkdtemp(path.join(tmpdir(), 'verbund-e2e-')));
  const template = process.env[DATA_TEMPLATE_VARIABLE];
  if (template && !existingDataDir && env.DEMO_SEED !== 'false' && !env.DATABASE_URL) {
    await cp(template, dataDir, { recursive: true });
  }
  const started = performance.now();
  const child = spawn(process.execPath, [apiMain], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Verbund exited early:\n${output}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Verbund did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const startupMs = Math.round(performance.now() - started);
  return {
    url,
    process: child,
    dataDir,
    startupMs,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      // A data folder handed in belongs to the caller (benchmarks restart on it).
      if (!existingDataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resident memory of a process in MiB (Linux). */
export async function rssMiB(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}
