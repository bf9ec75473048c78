import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { openDatabase, ormOptions } from '../src/db/orm.js';
import { migratedTemplate, testDatabaseUrl } from './support/database.js';

let cleanup: (() => Promise<void>) | undefined;

/**
 * Applies every migration once for the run, to a template each test file's
 * database is copied from: a database on the server (`create database …
 * template`), or PGlite's dumped data folder for the embedded run.
 */
export async function setup() {
  if (testDatabaseUrl) {
    const name = `verbund_template_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = async (statement: string) => {
      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    await admin(`create database "${name}"`);
    cleanup = () => admin(`drop database if exists "${name}" with (force)`);
    const url = new URL(testDatabaseUrl);
    url.pathname = `/${name}`;
    const orm = await openDatabase({ kind: 'postgres', url: url.toString() });
    await orm.close(true);
    process.env[migratedTemplate.databaseVariable] = name;
    return;
  }
  const folder = await mkdtemp(path.join(tmpdir(), 'verbund-test-template-'));
  cleanup = () => rm(folder, { recursive: true, force: true });
  const pglite = await PGlite.create();
  const orm = await MikroORM.init({ ...ormOptions({ kind: 'pglite-memory' }), driverOptions: { pglite } });
  try {
    await orm.migrator.up();
    const file = path.join(folder, 'migrated.tar');
    await writeFile(file, Buffer.from(await (await pglite.dumpDataDir('none')).arrayBuffer()));
    process.env[migratedTemplate.archiveVariable] = file;
  } finally {
    await orm.close(true);
    await pglite.close();
  }
}

export async function teardown() {
  await cleanup?.();
}
