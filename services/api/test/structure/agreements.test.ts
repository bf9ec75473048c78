import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Agreement, AgreementDocument } from '../../src/modules/agreement/agreement.entity.js';
import { databaseLabel } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import type { StructureFixture } from '../support/structure-fixture.js';

const STATUS = `mutation($id: UUID!, $v: Int!, $s: AgreementStatus!) { changeAgreementStatus(id: $id, version: $v, input: { status: $s, note: "ok" }) { status version signedOn nextStatuses statusHistory { toStatus } } }`;
const pdf = (bytes = 2000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes, 0x20)]);

describe(`agreements and documents (${databaseLabel})`, () => {
  let h: Harness;
  let fx: StructureFixture;
  beforeAll(async () => {
    h = await startHarness({ MAX_UPLOAD_MB: '0.01' });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await h.resetStructure();
  });

  const a = () => fx.structure.agreements;
  const upload = (client: GraphQLClient | undefined, agreementId: string, body: Buffer, fileName: string, type: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(body)], { type }), fileName);
    return fetch(`${h.url}/api/agreements/${agreementId}/documents`, {
      method: 'POST',
      body: form,
      headers: client?.cookie ? { cookie: client.cookie } : {},
    });
  };

  it('follows draft → negotiating → signed → in force → expired, and nothing else', async () => {
    const admin = await h.client().login('admin@test.example');
    let v = a().draft.version;
    const skip = await admin.request(STATUS, { id: a().draft.id, v, s: 'IN_FORCE' });
    expect(skip.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_TRANSITION',
      field: 'input.status',
      details: { allowed: ['NEGOTIATING'] },
    });
    for (const s of ['NEGOTIATING', 'SIGNED', 'IN_FORCE', 'EXPIRED']) {
      const res = await admin.ok(STATUS, { id: a().draft.id, v, s });
      v = res.changeAgreementStatus.version;
      if (s === 'SIGNED') expect(res.changeAgreementStatus.signedOn).toBe(fx.today);
    }
    const back = await admin.request(STATUS, { id: a().draft.id, v, s: 'IN_FORCE' });
    expect(back.errors?.[0]?.extensions?.reason).toBe('INVALID_TRANSITION');
    const stored = await h.orm.em.fork().findOneOrFail(Agreement, a().draft.id);
    expect(stored.status).toBe('EXPIRED');
  });

  it('lists an organisation’s agreements and those expiring within N days', async () => {
    const admin = await h.client().login('admin@test.example');
    const list = async (filter: object) =>
      (await admin.ok('query($f: AgreementFilter) { agreements(filter: $f) { title } }', { f: filter })).agreements
        .map((x: any) => x.title)
        .sort();
    expect(await list({ organisationId: fx.orgs.jobcenter.id })).toEqual(['Kooperationsvereinbarung Erstberatung']);
    expect(await list({ organisationId: fx.orgs.caritas.id })).toEqual([
      'Kooperationsvereinbarung Erstberatung',
      'Vereinbarung Sprachcafé',
    ]);
    expect(await list({ expiringWithinDays: 60 })).toEqual(['Kooperationsvereinbarung Erstberatung']);
    expect(await list({ expiringWithinDays: 10 })).toEqual([]);
    // Editors see only their organisations' agreements; members none.
    const cafe = await h.client().login('editor.cafe@test.example');
    expect((await cafe.ok('{ agreements { title } }')).agreements).toEqual([{ title: 'Vereinbarung Sprachcafé' }]);
    // Another organisation's agreement does not exist for them.
    expect(errorCode(await cafe.request('query($id: UUID!) { agreement(id: $id) { title } }', { id: a().expiring.id }))).toBe('NOT_FOUND');
    expect(errorCode(await (await h.client().login('member@test.example')).request('{ agreements { title } }'))).toBe('FORBIDDEN');
  });

  it('validates parties and dates', async () => {
    const admin = await h.client().login('admin@test.example');
    const one = await admin.request(
      `mutation($o: UUID!) { createAgreement(input: { title: "Allein", kind: OTHER, parties: [{ organisationId: $o, role: "Träger" }] }) { id } }`,
      { o: fx.orgs.cafe.id },
    );
    expect(one.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parties' });
    const twice = await admin.request(
      `mutation($o: UUID!) { createAgreement(input: { title: "Doppelt", kind: OTHER, parties: [{ organisationId: $o, role: "Träger" }, { organisationId: $o, role: "Partner" }] }) { id } }`,
      {
        o: fx.orgs.cafe.id,
      },
    );
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.parties' });
    const dates = await admin.request(
      `mutation($a: UUID!, $b: UUID!) { createAgreement(input: { title: "Rückwärts", kind: SERVICE, validFrom: "2026-01-01", validTo: "2025-01-01", parties: [{ organisationId: $a, role: "Träger" }, { organisationId: $b, role: "Partner" }] }) { id } }`,
      { a: fx.orgs.cafe.id, b: fx.orgs.caritas.id },
    );
    expect(dates.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.validTo' });
  });

  it('stores an uploaded document with its checksum, and lets the parties’ editors download it', async () => {
    const admin = await h.client().login('admin@test.example');
    const content = pdf();
    const res = await upload(admin, a().expiring.id, content, 'Vertrag.pdf', 'application/pdf');
    expect(res.status).toBe(201);
    const { document } = ((await res.json()) as any).data;
    expect(document).toMatchObject({
      fileName: 'Vertrag.pdf',
      sizeBytes: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
    const editor = await h.client().login('editor.caritas@test.example');
    const download = await fetch(`${h.url}/api/agreement-documents/${document.id}`, { headers: { cookie: editor.cookie ?? '' } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('Vertrag.pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
    const outsider = await h.client().login('editor.cafe@test.example');
    // To everyone else the document does not exist.
    expect((await fetch(`${h.url}/api/agreement-documents/${document.id}`, { headers: { cookie: outsider.cookie ?? '' } })).status).toBe(
      404,
    );
    expect((await fetch(`${h.url}/api/agreement-documents/${document.id}`)).status).toBe(404);
  });

  it('refuses oversized, wrong-type and disguised files, and keeps nothing of them', async () => {
    const admin = await h.client().login('admin@test.example');
    const filesBefore = await readdir(h.config.documents.dir).catch(() => []);
    const tooLarge = await upload(admin, a().expiring.id, pdf(20_000), 'gross.pdf', 'application/pdf');
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    const wrongType = await upload(admin, a().expiring.id, Buffer.from('MZ executable'), 'tool.exe', 'application/x-msdownload');
    expect(wrongType.status).toBe(415);
    const disguised = await upload(admin, a().expiring.id, Buffer.from('<html>not a pdf</html>'), 'fake.pdf', 'application/pdf');
    expect(disguised.status).toBe(415);
    expect(((await disguised.json()) as any).errors[0].extensions.reason).toBe('UNSUPPORTED_FILE_TYPE');
    const member = await h.client().login('member@test.example');
    expect((await upload(member, a().expiring.id, pdf(), 'x.pdf', 'application/pdf')).status).toBe(403);
    expect((await upload(undefined, a().expiring.id, pdf(), 'x.pdf', 'application/pdf')).status).toBe(401);
    expect(await h.orm.em.fork().count(AgreementDocument)).toBe(0);
    expect(await readdir(h.config.documents.dir).catch(() => [])).toEqual(filesBefore);
  });
});
