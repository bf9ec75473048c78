import { readdir, rm } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AgreementDocument } from '../../src/modules/agreement/agreement.entity.js';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { databaseLabel } from '../support/database.js';
import type { GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import type { StructureFixture } from '../support/structure-fixture.js';

const SITE = 'https://verbund.lindenau.example';
const BOUNDARY = 'verbund-test-boundary';
const pdf = (bytes = 2000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes, 0x20)]);

/** The multipart body of an upload, split into its head, the file and its tail. */
const multipart = (fileName: string, type: string) => ({
  head: Buffer.from(
    `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
  ),
  tail: Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
});

interface RawResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** What the client saw, in order: `response`, `end` (answer complete), `error:<code>`, `close`. */
  events: string[];
}

/**
 * Uploads over a connection of its own, as a browser would: the body is written
 * in chunks, and the client keeps sending after an early answer. Resolves once
 * the connection is closed.
 */
function rawUpload(url: string, agreementId: string, options: { headers?: Record<string, string>; fileBytes: number; hold?: boolean }) {
  const { head, tail } = multipart('gross.pdf', 'application/pdf');
  const events: string[] = [];
  return new Promise<RawResult>((resolve) => {
    const result: RawResult = { status: 0, headers: {}, body: '', events };
    const req = httpRequest(`${url}/api/agreements/${agreementId}/documents`, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...options.headers },
    });
    req.on('response', (res) => {
      events.push('response');
      result.status = res.statusCode ?? 0;
      result.headers = res.headers;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        result.body += chunk;
      });
      res.on('end', () => {
        events.push('end');
        // A held body was only ever a test that the answer comes first; now give up on it.
        if (options.hold) req.destroy();
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => events.push(`error:${error.code ?? error.message}`));
    req.on('close', () => {
      events.push('close');
      resolve(result);
    });
    req.write(head);
    const file = pdf(options.fileBytes);
    if (options.hold) {
      // Half the file, then silence: an answer now was given without reading the body.
      req.write(file.subarray(0, file.length / 2));
      return;
    }
    const chunkSize = 64 * 1024;
    let offset = 0;
    const writeMore = () => {
      while (offset < file.length) {
        const chunk = file.subarray(offset, offset + chunkSize);
        offset += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', writeMore);
          return;
        }
      }
      req.end(tail);
    };
    writeMore();
  });
}

describe(`document uploads and downloads over HTTP (${databaseLabel})`, () => {
  let h: Harness;
  let fx: StructureFixture;
  let admin: GraphQLClient;
  beforeAll(async () => {
    h = await startHarness({ MAX_UPLOAD_MB: '0.01', ALLOWED_ORIGINS: SITE });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await h.resetStructure();
    admin = await h.client().login('admin@test.example');
  });

  const agreementId = () => fx.structure.agreements.expiring.id;
  const storedFiles = async () => (await readdir(h.config.documents.dir).catch(() => [])).sort();
  const upload = (body: Buffer, headers: Record<string, string> = {}) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(body)], { type: 'application/pdf' }), 'Vertrag.pdf');
    return fetch(`${h.url}/api/agreements/${agreementId()}/documents`, {
      method: 'POST',
      body: form,
      headers: { cookie: admin.cookie ?? '', ...headers },
    });
  };
  const nothingStored = async (filesBefore: string[]) => {
    expect(await h.orm.em.fork().count(AgreementDocument)).toBe(0);
    expect(await h.orm.em.fork().count(AuditEntry, { action: 'DOCUMENT_ADDED' })).toBe(0);
    expect(await storedFiles()).toEqual(filesBefore);
  };

  it('refuses an upload from a foreign origin with 403 FOREIGN_ORIGIN, before reading its body, and stores nothing', async () => {
    const filesBefore = await storedFiles();
    const foreign = await upload(pdf(), { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as any).errors[0].extensions).toEqual({ code: 'FORBIDDEN', reason: 'FOREIGN_ORIGIN' });

    // The answer comes while the body is still incomplete: it was refused unread.
    const held = await rawUpload(h.url, agreementId(), {
      headers: { cookie: admin.cookie ?? '', origin: 'https://evil.example' },
      fileBytes: 5000,
      hold: true,
    });
    expect(held.status).toBe(403);
    expect(held.headers.connection).toBe('close');
    expect(JSON.parse(held.body).errors[0].extensions.reason).toBe('FOREIGN_ORIGIN');
    expect(held.events.slice(0, 2)).toEqual(['response', 'end']);
    await nothingStored(filesBefore);

    // The site itself, and clients that send no Origin (not browsers), may upload.
    expect((await upload(pdf(), { origin: SITE })).status).toBe(201);
    expect((await upload(pdf())).status).toBe(201);
    expect(await h.orm.em.fork().count(AgreementDocument)).toBe(2);
  });

  it('answers a too large file with 413, then closes the connection cleanly and keeps nothing of it', async () => {
    const filesBefore = await storedFiles();
    const result = await rawUpload(h.url, agreementId(), { headers: { cookie: admin.cookie ?? '' }, fileBytes: 2 * 1048576 });
    expect(result.status).toBe(413);
    expect(result.headers.connection).toBe('close');
    expect(JSON.parse(result.body).errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'FILE_TOO_LARGE',
      details: { maxBytes: 10486 },
    });
    // The whole answer arrived, then the connection closed; no reset along the way.
    expect(result.events).toEqual(['response', 'end', 'close']);
    await nothingStored(filesBefore);

    // A browser-like client (fetch) gets the same answer, however much it sends.
    const viaFetch = await upload(pdf(3 * 1048576));
    expect(viaFetch.status).toBe(413);
    expect(((await viaFetch.json()) as any).errors[0].extensions.reason).toBe('FILE_TOO_LARGE');
    await nothingStored(filesBefore);
    // The server is fine afterwards.
    expect((await upload(pdf())).status).toBe(201);
  });

  it('answers 404 DOCUMENT_FILE_MISSING when the stored file is gone, never 500', async () => {
    const created = await upload(pdf());
    const { document } = ((await created.json()) as any).data;
    await rm(path.join(h.config.documents.dir, document.id));
    const res = await fetch(`${h.url}/api/agreement-documents/${document.id}`, { headers: { cookie: admin.cookie ?? '' } });
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(JSON.parse(text).errors[0].extensions).toEqual({ code: 'NOT_FOUND', reason: 'DOCUMENT_FILE_MISSING' });
    expect(text).not.toMatch(/ENOENT|at .*\.(js|ts):\d+/);
    // Who may not read the agreement does not learn that its file is missing: to them the document does not exist.
    const visitor = await fetch(`${h.url}/api/agreement-documents/${document.id}`);
    expect(visitor.status).toBe(404);
    expect(((await visitor.json()) as any).errors[0].extensions.reason).toBe('AGREEMENTDOCUMENT_NOT_FOUND');
    const outsider = await h.client().login('editor.cafe@test.example');
    const refused = await fetch(`${h.url}/api/agreement-documents/${document.id}`, { headers: { cookie: outsider.cookie ?? '' } });
    expect(refused.status).toBe(404);
    expect(((await refused.json()) as any).errors[0].extensions.reason).toBe('AGREEMENTDOCUMENT_NOT_FOUND');
    // The record stays; only its file was lost.
    expect(await h.orm.em.fork().count(AgreementDocument)).toBe(1);
  });
});
