import { appendFile } from 'node:fs/promises';
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';

import { databaseLabel } from '../support/database.js';
import { changedTables, databaseFingerprint } from '../support/fingerprint.js';
import { errorProblems, leakProblems } from '../support/fuzz/oracle.js';
import { failureLines, formatFailures } from '../support/fuzz/report.js';
import { FuzzRun, type Role, type Transport } from '../support/fuzz/runner.js';
import { liveSchema } from '../support/fuzz/schema.js';
import { startHarness } from '../support/harness.js';

/**
 * Operations generated from the live schema with a fixed seed, as a visitor
 * and as an admin, over HTTP and over WebSocket. Every answer must carry only
 * typed errors and no database or runtime text, a refused write must leave the
 * database as it was, and the server must keep answering.
 *
 * Replay: `FUZZ_SEED=<n> npx vitest run test/security/fuzz.test.ts [-t "<role> over <transport>"]`.
 * `FUZZ_OPERATIONS` changes the total (default 4,000, spread over the four runs);
 * `FUZZ_REPORT=<file>` appends every failure as one JSON line, `FUZZ_TRACE=<file>` every
 * operation with what came back (to see which code paths the generator reaches).
 */
const seed = Number(process.env.FUZZ_SEED ?? 20261121);
const operations = Number(process.env.FUZZ_OPERATIONS ?? 4000);
const batchSize = 200;

/** Shares of the operations: an admin gets past the permission checks, so more of its operations reach deep code. */
const runs: { role: Role; transport: Transport; share: number }[] = [
  { role: 'visitor', transport: 'http', share: 0.1875 },
  { role: 'visitor', transport: 'websocket', share: 0.1875 },
  { role: 'admin', transport: 'http', share: 0.3125 },
  { role: 'admin', transport: 'websocket', share: 0.3125 },
];

describe(`fuzzing the GraphQL API (${databaseLabel}, FUZZ_SEED=${seed})`, () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await liveSchema();
  });

  // The checks must be able to fail, or a green run means nothing.
  it('the fingerprint sees a change to one row, and only then', async () => {
    const h = await startHarness();
    try {
      const fx = await h.reset();
      const em = () => h.orm.em.fork();
      const before = await databaseFingerprint(em());
      expect(await databaseFingerprint(em())).toEqual(before);
      await em().execute(`update person set function = function || '.' where id = ?`, [fx.people.volunteer.id]);
      const after = await databaseFingerprint(em());
      expect(after.digest).not.toBe(before.digest);
      expect(changedTables(before, after)).toEqual(['person (4 → 4 rows)']);
    } finally {
      await h.close();
    }
  });

  it('the oracle flags untyped and internal errors and database text, not GraphQL’s own messages', () => {
    expect(errorProblems([{ message: 'Please log in' }]).map((p) => p.kind)).toEqual(['error without extensions.code']);
    expect(errorProblems([{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }]).map((p) => p.kind)).toEqual([
      'INTERNAL_SERVER_ERROR',
    ]);
    expect(errorProblems([{ message: 'x', extensions: { code: 'BAD_USER_INPUT' } }])).toEqual([]);
    for (const text of [
      'duplicate key value violates unique constraint "organisation_name_unique"',
      'invalid input syntax for type uuid: "1"',
      'date/time field value out of range: "2026-02-30"',
      'unsupported Unicode escape sequence',
      'Collection<Organisation> of entity Measure[1] not initialized',
      '    at MeasureService.permissions (/app/src/modules/measure/measure.service.ts:267:46)',
      "TypeError: Cannot read properties of undefined (reading 'id')",
    ]) {
      expect(leakProblems({ errors: [{ message: text }] }), text).not.toEqual([]);
    }
    for (const text of [
      'Variable "$v0" got invalid value "a" at "v0.kind"; Value "a" does not exist in "BodyKind" enum.',
      'Syntax Error: Expected Name, found <EOF>.',
      'Fields "body" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.',
      'Organisation 1 was not found',
    ]) {
      expect(leakProblems({ errors: [{ message: text }] }), text).toEqual([]);
    }
  });

  runs.forEach(({ role, transport, share }, i) => {
    const name = `${role} over ${transport}`;
    // Each run has its own server, so that it replays alone exactly as in the whole file (login throttle included).
    it(name, { timeout: 300_000 }, async () => {
      const h = await startHarness();
      let result: Awaited<ReturnType<FuzzRun['run']>>;
      try {
        result = await new FuzzRun(h, schema, {
          role,
          transport,
          seed: seed + i,
          operations: Math.round(operations * share),
          batchSize,
        }).run();
      } finally {
        await h.close();
      }
      const { failures, counts } = result;
      console.log(`[fuzz] ${name} (${databaseLabel}, seed ${seed + i}): ${JSON.stringify(counts)}, ${failures.length} failures`);
      if (process.env.FUZZ_REPORT) {
        await appendFile(process.env.FUZZ_REPORT, failureLines(failures, databaseLabel));
      }
      if (failures.length) {
        throw new Error(formatFailures(failures, `FUZZ_SEED=${seed} npx vitest run test/security/fuzz.test.ts -t "${name}"`));
      }
    });
  });
});
