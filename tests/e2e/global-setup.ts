import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DATA_TEMPLATE_VARIABLE, startVerbund } from '../support/server.ts';

let template: string | undefined;

/**
 * Seeds the demo city once: the first start on an empty data folder applies
 * the migrations and loads it, as `npm start` does. Each test file's server
 * then starts on a copy of that folder, which saves seeding it again per file.
 */
export async function setup() {
  template = await mkdtemp(path.join(tmpdir(), 'verbund-e2e-template-'));
  const server = await startVerbund({}, template);
  await server.stop();
  // A clean shutdown (exit code 0) also leaves the embedded database's folder consistent for copying.
  if (server.process.exitCode !== 0) {
    throw new Error(
      `Verbund did not shut down cleanly on SIGTERM (exit code ${server.process.exitCode}, signal ${server.process.signalCode})`,
    );
  }
  process.env[DATA_TEMPLATE_VARIABLE] = template;
}

export async function teardown() {
  if (template) await rm(template, { recursive: true, force: true });
}
