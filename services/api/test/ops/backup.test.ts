import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UserActor } from '../../src/auth/actor.js';
import { openThrottleStore } from '../../src/auth/throttle-store.js';
import { type Config, loadConfig } from '../../src/config/config.js';
import { migrationsList } from '../../src/db/migrations/index.js';
import { type DatabaseTarget, type EntityManager, migrationsTable, type Orm, openDatabase } from '../../src/db/orm.js';
import { SqlReader } from '../../src/db/reader.js';
import { createLogger } from '../../src/logging/logger.js';
import { BodyStatus } from '../../src/modules/body/body.enums.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Need, NeedClassification, NeedStatus } from '../../src/modules/steering/steering.entity.js';
import { UserRole } from '../../src/modules/user/user.entity.js';
import { ArchiveWriter, type Manifest, manifestPath, readArchive, readManifest } from '../../src/ops/archive.js';
import { backupDatabase, engineOf } from '../../src/ops/backup.js';
import { insertionOrder, type TableInfo } from '../../src/ops/catalog.js';
import { OpsErrorCode } from '../../src/ops/ops.errors.js';
import { checkArchive, restoreArchive } from '../../src/ops/restore.js';
import { LocalBus } from '../../src/realtime/bus.js';
import { LiveEvents } from '../../src/realtime/live-events.js';
import { createServices } from '../../src/services.js';
import { DocumentStore } from '../../src/storage/document-store.js';
import { createTestDatabase, databaseLabel, testDatabaseUrl } from '../support/database.js';
import { seedStructureFixture } from '../support/structure-fixture.js';

/**
 * A table no migration knows, created by hand in the source and in each target:
 * backup and restore must carry it without code changes. Its rows are chosen to
 * be hard: children with lower ids than their parents (so key order would load
 * a child before its parent across batches), an identity column, `json` with
 * odd whitespace and a duplicate key, doubles at the edges, infinite
 * timestamps, intervals, bytea, arrays.
 */
const probeTable = 'ops_probe';
const createProbe = `create table ${probeTable} (
  id int generated always as identity primary key,
  parent_id int references ${probeTable}(id),
  label text not null,
  doc json,
  metrics double precision[],
  ratio double precision,
  amount numeric(30, 10),
  at timestamptz,
  period interval,
  raw bytea,
  tags text[],
  refs uuid[],
  label_length int generated always as (length(label)) stored
)`;
const fillProbe = [
  `insert into ${probeTable} (label, doc, metrics, ratio, amount, at, period, raw, tags, refs) values
   ('leaf', '{"b": 1,  "a" : [1, 2], "b": 2}', '{0.1, 1e-300, -0}', 'NaN', 12345678901234567890.0123456789,
    '2024-02-29 23:59:59.123456+05', '1 year 2 mons 3 days 04:05:06.789', '\\x00ff10', '{"with \\"quote\\"", "Ümlaut", NULL}', '{}'),
   ('middle', '[ ]', '{}', 1.7976931348623157e308, -0.5, 'infinity', '-1 day', '\\x', '{}', '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'),
   ('root', null, null, 5e-324, 0, '-infinity', null, null, null, null),
   ('second root', '"just a string"', '{Infinity, -Infinity}', -0, null, '1970-01-01 00:00:00+00', '00:00:00.000001', null, '{""}', null)`,
  // 1 → 2 → 4, and 3 is a root: with batches of three rows, key order would load 2 (batch 1) before its parent 4 (batch 2).
  `update ${probeTable} set parent_id = 4 where id = 2`,
  `update ${probeTable} set parent_id = 2 where id = 1`,
];

const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(bytes)]);
const png = (bytes: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(bytes)]);

interface Installation {
  orm: Orm;
  config: Config;
  store: DocumentStore;
  target: DatabaseTarget;
  close(): Promise<void>;
}

/** A database with every migration applied or none, and a document folder of its own. */
async function openInstallation(
  root: string,
  label: string,
  database?: { target: DatabaseTarget; drop(): Promise<void> },
  options: { migrate?: boolean } = {},
): Promise<Installation> {
  const dataDir = path.join(root, label);
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir, DEMO_SEED: 'false' });
  const db = database ?? (await createTestDatabase());
  const orm = await openDatabase(db.target, { migrate: options.migrate ?? false });
  return {
    orm,
    config,
    target: db.target,
    store: new DocumentStore(config.documents.dir, config.documents.maxBytes),
    async close() {
      await orm.close(true);
      await db.drop();
    },
  };
}

/**
 * A realistic state: the structure fixture, a merged body, two agreement
 * documents and a need's document uploaded through the services, audit
 * entries, the probe table.
 */
async function seedState(installation: Installation) {
  const em = installation.orm.em.fork();
  const fx = await seedStructureFixture(em);
  const throttle = await openThrottleStore({ redisUrl: undefined, database: { kind: 'pglite-memory' }, logger: createLogger('silent') });
  const live = new LiveEvents(new SqlReader(installation.orm.em), new LocalBus());
  const services = createServices(installation.config, { send: async () => {} }, throttle, live);
  const actor: UserActor = {
    kind: 'user',
    userId: fx.users.admin.id,
    displayName: 'Admin',
    role: UserRole.ADMIN,
    organisationIds: new Set(),
    personId: null,
    sessionId: 'backup-test',
  };
  const scope = () => ({ em: installation.orm.em.fork(), actor });
  const { subProject, workingGroup } = fx.structure.bodies;
  await services.bodies.changeStatus(scope(), subProject.id, subProject.version, {
    status: BodyStatus.MERGED,
    on: '2024-06-30',
    reason: 'In der AG Arbeit und Sprache aufgegangen',
    mergedIntoId: workingGroup.id,
  });
  await services.organisations.archive(scope(), fx.orgs.cafe.id, fx.orgs.cafe.version, true);
  const agreement = fx.structure.agreements.expiring.id;
  await services.agreements.addDocument(scope(), agreement, {
    fileName: 'Kooperationsvertrag.pdf',
    contentType: 'application/pdf',
    content: Readable.from([pdf(70_000)]),
  });
  await services.agreements.addDocument(scope(), agreement, {
    fileName: 'Unterschriften.png',
    contentType: 'image/png',
    content: Readable.from([png(1_000)]),
  });
  const need = em.create(Need, {
    title: 'Sprachkurse mit Kinderbetreuung',
    classification: NeedClassification.LOCALLY_NECESSARY,
    raisedByOrganisation: em.getReference(Organisation, fx.orgs.caritas.id),
    raisedOn: '2026-01-15',
    status: NeedStatus.RAISED,
  });
  await em.flush();
  await services.steering.addNeedDocument(scope(), need.id, {
    fileName: 'Abbruchquote.pdf',
    contentType: 'application/pdf',
    content: Readable.from([pdf(3_000)]),
  });
  await em.execute(createProbe);
  for (const sql of fillProbe) await em.execute(sql);
  await live.close();
  await throttle.close();
  return fx;
}

/**
 * Every table's content as ordered JSON text, independent of the code under
 * test: one string per table, rows sorted by their own text. Generated columns
 * are included unless `generated: false`, so a recomputed search vector is
 * compared too. Across engines they are left out: PostgreSQL 15's German
 * stemmer and PGlite's (PostgreSQL 18) split some words differently, so the
 * target rightly computes its own `organisation.search_vector`.
 */
async function dumpTables(orm: Orm, options: { generated?: boolean } = {}): Promise<Record<string, string>> {
  return orm.em.fork().transactional(async (em) => {
    await em.execute(`set local extra_float_digits = 3`);
    await em.execute(`set local timezone = 'UTC'`);
    const tables = await em.execute<{ name: string }[]>(
      `select tablename as name from pg_tables where schemaname = current_schema() and tablename <> ? order by tablename`,
      [migrationsTable],
    );
    const dump: Record<string, string> = {};
    for (const { name } of tables) {
      const columns = await em.execute<{ name: string }[]>(
        `select attname as name from pg_attribute
          where attrelid = ?::regclass and attnum > 0 and not attisdropped and (?::boolean or attgenerated = '')
          order by attnum`,
        [`"${name}"`, options.generated ?? true],
      );
      const [row] = await em.execute<{ rows: string | null }[]>(
        `select string_agg(r, E'\\n' order by r) as rows
           from (select row_to_json(t)::text as r from (select ${columns.map((c) => `"${c.name}"`).join(', ')} from "${name}") t) x`,
      );
      dump[name] = row?.rows ?? '';
    }
    return dump;
  });
}

async function documentsOf(store: DocumentStore): Promise<Record<string, Buffer>> {
  const files: Record<string, Buffer> = {};
  for (const id of await store.list()) files[id] = await readFile(path.join(store.dir, id));
  return files;
}

async function tablesIn(em: EntityManager): Promise<string[]> {
  const rows = await em.execute<{ name: string }[]>(
    `select tablename as name from pg_tables where schemaname = current_schema() order by 1`,
  );
  return rows.map((r) => r.name);
}

/** Tables that hold at least one row. */
async function filledTables(orm: Orm): Promise<string[]> {
  const dump = await dumpTables(orm);
  return Object.entries(dump)
    .filter(([, rows]) => rows !== '')
    .map(([name]) => name);
}

/** Rewrites an archive entry by entry (test-sized archives only: entries are held in memory). */
async function rewriteArchive(from: string, to: string, change: (path: string, bytes: Buffer) => Buffer | null) {
  const entries: { path: string; bytes: Buffer }[] = [];
  await readArchive(from, async (entry) => {
    entries.push({ path: entry.path, bytes: await entry.bytes() });
  });
  const writer = new ArchiveWriter(to);
  for (const entry of entries) {
    const bytes = change(entry.path, entry.bytes);
    if (bytes) await writer.add(entry.path, bytes.length, bytes);
  }
  await writer.finish();
}

const rejection = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a refusal').toBeInstanceOf(Error);
  return error as Error & { code?: string };
};

// Each PGlite instance costs seconds to start on a busy machine; the default 30 s per test is too tight for the round trips.
describe(`backup and restore (${databaseLabel})`, { timeout: 120_000 }, () => {
  let work: string;
  let source: Installation;
  let archive: string;
  let sourceDump: Record<string, string>;
  let sourceDocuments: Record<string, Buffer>;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'verbund-backup-test-'));
    source = await openInstallation(work, 'source', undefined, { migrate: true });
    await seedState(source);
    sourceDump = await dumpTables(source.orm);
    sourceDocuments = await documentsOf(source.store);
    archive = path.join(work, 'backup.tar.gz');
    // Batches of three rows: every table of more than three rows spans several entries, and the probe's parents sit in later batches than their children.
    await backupDatabase({ orm: source.orm, engine: engineOf(source.target), store: source.store, file: archive, batchSize: 3 });
  });

  afterAll(async () => {
    await source?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** A fresh, empty target with the probe table created by hand (no migration creates it). */
  async function freshTarget(label: string, database?: { target: DatabaseTarget; drop(): Promise<void> }) {
    const target = await openInstallation(work, label, database);
    await target.orm.em.fork().execute(createProbe);
    return target;
  }

  it('writes one archive with a manifest of migrations, row counts and documents, and changes nothing', async () => {
    const manifest = await readManifest(archive);
    expect(manifest).toMatchObject({
      format: 'verbund-backup',
      formatVersion: 1,
      source: { engine: databaseLabel },
      migrations: migrationsList.map((m) => m.name),
      documents: { count: 3, bytes: 70_009 + 1_008 + 3_009 },
    });
    expect(Date.parse(manifest.createdAt)).toBeGreaterThan(Date.now() - 600_000);
    const counts = Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows]));
    for (const [table, rows] of Object.entries(sourceDump)) {
      expect(counts[table], table).toBe(rows === '' ? 0 : rows.split('\n').length);
    }
    expect(counts[migrationsTable]).toBeUndefined();
    expect(counts).toMatchObject({ agreement_document: 2, need_document: 1, [probeTable]: 4, body: 5 });
    expect(counts.audit_entry).toBeGreaterThanOrEqual(4);
    // Generated columns are recomputed on restore, so they are not copied.
    const columns = Object.fromEntries(manifest.tables.map((t) => [t.name, t.columns]));
    expect(columns.organisation).not.toContain('search_vector');
    expect(columns[probeTable]).not.toContain('label_length');
    expect(columns[probeTable]).toContain('parent_id');
    // Referenced tables come first.
    const order = manifest.tables.map((t) => t.name);
    expect(order.indexOf('agreement')).toBeLessThan(order.indexOf('agreement_document'));
    expect(order.indexOf('organisation')).toBeLessThan(order.indexOf('affiliation'));

    const paths: string[] = [];
    await readArchive(archive, async (entry) => void paths.push(entry.path));
    expect(paths[0]).toBe(manifestPath);
    expect(paths).toContain('tables/body/000002.json');
    expect(paths.filter((p) => p.startsWith('documents/'))).toHaveLength(3);

    expect(await dumpTables(source.orm)).toEqual(sourceDump);
    expect(await documentsOf(source.store)).toEqual(sourceDocuments);
    const refused = await rejection(backupDatabase({ orm: source.orm, engine: 'pglite', store: source.store, file: archive }));
    expect(refused.code).toBe(OpsErrorCode.OUTPUT_EXISTS);
  });

  it('restores every table and document identically into an empty database and document folder', async () => {
    const target = await freshTarget('restored');
    try {
      const summary = await restoreArchive({ orm: target.orm, store: target.store, archive: await checkArchive(archive) });
      expect(summary.documents).toBe(3);
      expect(summary.laterMigrations).toEqual([]);
      expect(await dumpTables(target.orm)).toEqual(sourceDump);
      expect(await documentsOf(target.store)).toEqual(sourceDocuments);
      // The staging folder is gone; only documents remain.
      expect((await readdir(target.store.dir)).sort()).toEqual(Object.keys(sourceDocuments).sort());
      const em = target.orm.em.fork();
      const migrations = await em.execute<{ name: string }[]>(`select name from ${migrationsTable} order by id`);
      expect(migrations.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
      // The identity sequence moved past the restored ids.
      const [next] = await em.execute<{ id: number }[]>(`insert into ${probeTable} (label) values ('after restore') returning id`);
      expect(next?.id).toBe(5);
      // The restored body hierarchy resolves through the ORM as before.
      const [merged] = await em.execute<{ name: string; merged_into: string }[]>(
        `select b.name, m.name as merged_into from body b join body m on m.id = b.merged_into_id`,
      );
      expect(merged).toEqual({ name: 'Teilprojekt Zivilgesellschaftliches Engagement', merged_into: 'AG Arbeit und Sprache' });
    } finally {
      await target.close();
    }
  });

  it('restores into an empty database that already has every migration (a server once started without the demo city)', async () => {
    const target = await openInstallation(work, 'migrated', undefined, { migrate: true });
    try {
      await target.orm.em.fork().execute(createProbe);
      const summary = await restoreArchive({ orm: target.orm, store: target.store, archive: await checkArchive(archive) });
      expect(summary.laterMigrations).toEqual([]);
      expect(await dumpTables(target.orm)).toEqual(sourceDump);
    } finally {
      await target.close();
    }
  });

  it('refuses a database that already holds data, and changes nothing', async () => {
    const refusedTarget = await rejection(
      restoreArchive({ orm: source.orm, store: new DocumentStore(path.join(work, 'elsewhere'), 1), archive: await checkArchive(archive) }),
    );
    expect(refusedTarget.code).toBe(OpsErrorCode.DATABASE_NOT_EMPTY);
    expect(refusedTarget.message).toMatch(/already holds data/);
    expect(await dumpTables(source.orm)).toEqual(sourceDump);
    expect(await documentsOf(source.store)).toEqual(sourceDocuments);

    // An empty database next to a document folder that holds documents is refused too.
    const target = await freshTarget('documents-left');
    try {
      const leftover = Object.keys(sourceDocuments)[0] as string;
      await mkdir(target.store.dir, { recursive: true });
      await writeFile(path.join(target.store.dir, leftover), 'old');
      const refusedFolder = await rejection(restoreArchive({ orm: target.orm, store: target.store, archive: await checkArchive(archive) }));
      expect(refusedFolder.code).toBe(OpsErrorCode.DOCUMENTS_NOT_EMPTY);
      expect(await tablesIn(target.orm.em.fork())).toEqual([probeTable]);
      expect(await readFile(path.join(target.store.dir, leftover), 'utf8')).toBe('old');
    } finally {
      await target.close();
    }
  });

  it('refuses truncated archives before touching the target', async () => {
    const bytes = await readFile(archive);
    const tar = gunzipSync(bytes);
    // Cut inside the gzip stream, just before its trailer, and (re-compressed) at a tar block boundary after a few entries.
    const damaged = [
      bytes.subarray(0, 200),
      bytes.subarray(0, Math.floor(bytes.length / 2)),
      bytes.subarray(0, bytes.length - 4),
      gzipSync(tar.subarray(0, 512 * 12)),
      gzipSync(tar.subarray(0, tar.length - 1024 - 70_000)),
    ];
    for (const [i, content] of damaged.entries()) {
      const file = path.join(work, `truncated-${i}.tar.gz`);
      await writeFile(file, content);
      const refused = await rejection(checkArchive(file));
      expect(refused.code, `cut ${i}: ${refused.message}`).toBe(OpsErrorCode.ARCHIVE_INVALID);
      expect(refused.message).toMatch(/not a usable Verbund backup/);
    }
    // The CLI checks before it opens the database; the target stays as it was.
    const target = await openInstallation(work, 'after-truncated');
    try {
      expect(await tablesIn(target.orm.em.fork())).toEqual([]);
      expect(await target.store.list()).toEqual([]);
    } finally {
      await target.close();
    }
  });

  it('refuses foreign files and archives from a newer Verbund', async () => {
    const write = async (name: string, content: Buffer | string) => {
      const file = path.join(work, name);
      await writeFile(file, content);
      return file;
    };
    const cases: [string, string][] = [
      [await write('random.tar.gz', randomBytes(4096)), OpsErrorCode.ARCHIVE_INVALID],
      [await write('empty.tar.gz', ''), OpsErrorCode.ARCHIVE_INVALID],
      [await write('notes.json.gz', gzipSync('{"format": "something else"}')), OpsErrorCode.ARCHIVE_INVALID],
      [path.join(work, 'missing.tar.gz'), OpsErrorCode.ARCHIVE_INVALID],
    ];
    const foreign = path.join(work, 'foreign.tar.gz');
    await rewriteArchive(archive, foreign, (p, b) => (p === manifestPath ? Buffer.from('{"name": "other tool"}') : b));
    cases.push([foreign, OpsErrorCode.ARCHIVE_INVALID]);
    const withManifest = async (name: string, change: (m: Manifest) => Manifest) => {
      const file = path.join(work, name);
      await rewriteArchive(archive, file, (p, b) =>
        p === manifestPath ? Buffer.from(JSON.stringify(change(JSON.parse(b.toString())))) : b,
      );
      return file;
    };
    cases.push([await withManifest('newer-format.tar.gz', (m) => ({ ...m, formatVersion: 2 })), OpsErrorCode.ARCHIVE_UNSUPPORTED]);
    cases.push([
      await withManifest('newer-schema.tar.gz', (m) => ({ ...m, migrations: [...m.migrations, 'Migration29991231235959'] })),
      OpsErrorCode.UNKNOWN_MIGRATIONS,
    ]);
    cases.push([
      await withManifest('more-rows.tar.gz', (m) => ({
        ...m,
        tables: m.tables.map((t) => (t.name === 'body' ? { ...t, rows: t.rows + 1 } : t)),
      })),
      OpsErrorCode.ARCHIVE_INVALID,
    ]);
    const missingBatch = path.join(work, 'missing-batch.tar.gz');
    await rewriteArchive(archive, missingBatch, (p, b) => (p === 'tables/body/000002.json' ? null : b));
    cases.push([missingBatch, OpsErrorCode.ARCHIVE_INVALID]);
    for (const [file, code] of cases) {
      const refused = await rejection(checkArchive(file));
      expect(refused.code, `${path.basename(file)}: ${refused.message}`).toBe(code);
    }
  });

  const sabotage: [string, string, (p: string, b: Buffer) => Buffer][] = [
    [
      'a document whose bytes differ from its SHA-256',
      OpsErrorCode.VERIFICATION_FAILED,
      (p, b) => {
        if (!p.startsWith('documents/')) return b;
        const altered = Buffer.from(b);
        altered[altered.length - 1] = (altered[altered.length - 1] ?? 0) ^ 0xff;
        return altered;
      },
    ],
    [
      'a row that breaks a foreign key in a late table',
      OpsErrorCode.LOAD_FAILED,
      (p, b) => {
        if (!p.startsWith('tables/membership/000001')) return b;
        const rows = JSON.parse(b.toString()) as { person_id: string }[];
        (rows[0] as { person_id: string }).person_id = '00000000-0000-4000-8000-000000000000';
        return Buffer.from(JSON.stringify(rows));
      },
    ],
  ];
  it.each(sabotage)('rolls everything back on %s: the target stays empty', async (_, code, change) => {
    const file = path.join(work, `sabotaged-${randomBytes(4).toString('hex')}.tar.gz`);
    await rewriteArchive(archive, file, change);
    const checked = await checkArchive(file);
    const target = await freshTarget(`sabotaged-${randomBytes(4).toString('hex')}`);
    try {
      const failed = await rejection(restoreArchive({ orm: target.orm, store: target.store, archive: checked }));
      expect(failed.code, failed.message).toBe(code);
      expect(failed.message).toMatch(/rolled back/);
      expect(await filledTables(target.orm)).toEqual([]);
      // Even the migrations were rolled back: only the (empty) migration log and the hand-made probe table are left.
      expect(await tablesIn(target.orm.em.fork())).toEqual([migrationsTable, probeTable].sort());
      expect(await target.store.list()).toEqual([]);
      expect(await readdir(target.store.dir).catch(() => [])).toEqual([]);
      // And the same target takes the intact archive afterwards.
      await restoreArchive({ orm: target.orm, store: target.store, archive: await checkArchive(archive) });
      expect(await dumpTables(target.orm)).toEqual(sourceDump);
    } finally {
      await target.close();
    }
  });

  it('backs up an older schema, and restores it with the newer migrations run over the restored rows', { timeout: 90_000 }, async () => {
    const first = (migrationsList[0] as { name: string }).name;
    const old = await openInstallation(work, 'old-schema', { target: { kind: 'pglite-memory' }, drop: async () => {} });
    let oldTables: string[];
    // Columns later migrations added to the first migration's tables: an older backup's rows have none of them.
    const oldColumns = new Map<string, Set<string>>();
    try {
      await old.orm.migrator.up({ to: first });
      oldTables = (await tablesIn(old.orm.em.fork())).filter((t) => t !== migrationsTable);
      const columns = await old.orm.em
        .fork()
        .execute<{ name: string; columns: string[] }[]>(
          `select table_name as name, array_agg(column_name::text) as columns from information_schema.columns where table_schema = current_schema() group by 1`,
        );
      for (const c of columns) oldColumns.set(c.name, new Set(c.columns));
      expect(oldTables).not.toContain('agreement_document');
      const file = path.join(work, 'old-schema.tar.gz');
      await backupDatabase({ orm: old.orm, engine: 'pglite', store: old.store, file });
      expect(await readManifest(file)).toMatchObject({ migrations: [first], documents: { count: 0, bytes: 0 } });
    } finally {
      await old.close();
    }
    // The rows of the first migration's tables, as a backup made before the second migration would hold them.
    const kept = new Set([...oldTables, probeTable]);
    const older = path.join(work, 'older.tar.gz');
    await rewriteArchive(archive, older, (p, b) => {
      if (p === manifestPath) {
        const m = JSON.parse(b.toString()) as Manifest;
        return Buffer.from(
          JSON.stringify({
            ...m,
            migrations: [first],
            tables: m.tables
              .filter((t) => kept.has(t.name))
              .map((t) => ({ ...t, columns: t.columns.filter((c) => oldColumns.get(t.name)?.has(c) ?? true) })),
            documents: { count: 0, bytes: 0 },
          }),
        );
      }
      const table = /^tables\/([^/]+)\//.exec(p)?.[1];
      if (!table || !kept.has(table)) return null;
      const known = oldColumns.get(table);
      if (!known) return b;
      const rows = JSON.parse(b.toString()) as Record<string, unknown>[];
      return Buffer.from(JSON.stringify(rows.map((row) => Object.fromEntries(Object.entries(row).filter(([c]) => known.has(c))))));
    });
    const target = await freshTarget('older-restored');
    try {
      const summary = await restoreArchive({ orm: target.orm, store: target.store, archive: await checkArchive(older) });
      expect(summary.laterMigrations).toEqual(migrationsList.slice(1).map((m) => m.name));
      const restored = await dumpTables(target.orm);
      for (const table of kept) expect(restored[table], table).toBe(sourceDump[table]);
      expect(restored.body).toBe('');
      const migrations = await target.orm.em.fork().execute<{ name: string }[]>(`select name from ${migrationsTable} order by id`);
      expect(migrations.map((m) => m.name)).toEqual(migrationsList.map((m) => m.name));
    } finally {
      await target.close();
    }
  });

  it('refuses to back up rows that reference each other in a cycle, and leaves no file', async () => {
    const em = source.orm.em.fork();
    await em.execute(`create table ops_cycle (id int primary key, next_id int references ops_cycle(id))`);
    try {
      await em.execute(`insert into ops_cycle values (1, null), (2, 1), (3, null)`);
      await em.execute(`update ops_cycle set next_id = 2 where id = 1`);
      const file = path.join(work, 'cycle.tar.gz');
      const refused = await rejection(backupDatabase({ orm: source.orm, engine: 'pglite', store: source.store, file }));
      expect(refused.code).toBe(OpsErrorCode.UNORDERABLE);
      expect(refused.message).toMatch(/2 rows of ops_cycle/);
      await expect(stat(file)).rejects.toThrow();
      await expect(stat(`${file}.part`)).rejects.toThrow();
    } finally {
      await em.execute(`drop table ops_cycle`);
    }
  });

  if (testDatabaseUrl) {
    it('restores across engines: a PGlite backup into the server, and a server backup into PGlite', { timeout: 120_000 }, async () => {
      const embedded = await openInstallation(
        work,
        'embedded-source',
        { target: { kind: 'pglite-memory' }, drop: async () => {} },
        { migrate: true },
      );
      try {
        await seedState(embedded);
        const embeddedArchive = path.join(work, 'embedded.tar.gz');
        await backupDatabase({ orm: embedded.orm, engine: 'pglite', store: embedded.store, file: embeddedArchive, batchSize: 50 });
        expect((await readManifest(embeddedArchive)).source.engine).toBe('pglite');
        const server = await freshTarget('server-target');
        try {
          await restoreArchive({ orm: server.orm, store: server.store, archive: await checkArchive(embeddedArchive) });
          expect(await dumpTables(server.orm, { generated: false })).toEqual(await dumpTables(embedded.orm, { generated: false }));
          expect(await documentsOf(server.store)).toEqual(await documentsOf(embedded.store));
        } finally {
          await server.close();
        }
      } finally {
        await embedded.close();
      }
      const pglite = await freshTarget('pglite-target', { target: { kind: 'pglite-memory' }, drop: async () => {} });
      try {
        await restoreArchive({ orm: pglite.orm, store: pglite.store, archive: await checkArchive(archive) });
        expect(await dumpTables(pglite.orm, { generated: false })).toEqual(await dumpTables(source.orm, { generated: false }));
        expect(await documentsOf(pglite.store)).toEqual(sourceDocuments);
      } finally {
        await pglite.close();
      }
    });
  }
});

describe('load order', () => {
  const table = (name: string, references: string[]): TableInfo => ({
    name,
    columns: [],
    primaryKey: ['id'],
    foreignKeys: references.map((r) => ({ columns: [`${r}_id`], table: r, referencedColumns: ['id'] })),
  });

  it('puts every table after the tables it references, ignoring self-references', () => {
    const order = insertionOrder([table('membership', ['body', 'person']), table('body', ['body']), table('person', [])]).map(
      (t) => t.name,
    );
    expect(order).toEqual(['body', 'person', 'membership']);
  });

  it('refuses tables that reference each other', () => {
    expect(() => insertionOrder([table('a', ['b']), table('b', ['a']), table('c', [])])).toThrow(/cycle.*a, b/);
  });
});
