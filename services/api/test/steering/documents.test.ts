import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { Body } from '../../src/modules/body/body.entity.js';
import { Need, NeedClassification, NeedDocument, NeedStatus } from '../../src/modules/steering/steering.entity.js';
import { databaseLabel, emptyTables } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { type SteeringFixture, seedSteeringFixture } from './steering-fixture.js';

const SITE = 'https://verbund.lindenau.example';
const pdf = (bytes = 2000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes, 0x20)]);
const png = (bytes = 500) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(bytes, 1)]);
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

const NEED_DOCUMENTS = `query($id: UUID!) { need(id: $id) { id status
  documents { id fileName contentType sizeBytes sha256 uploadedByName createdAt downloadUrl }
  viewerCan { edit attachDocuments } } }`;
const REMOVE = 'mutation($id: UUID!) { removeNeedDocument(id: $id) }';

describe(`a need's documents of evidence (${databaseLabel})`, () => {
  let h: Harness;
  let fx: SteeringFixture;
  beforeAll(async () => {
    h = await startHarness({ MAX_UPLOAD_MB: '0.01', ALLOWED_ORIGINS: SITE });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    const em = h.orm.em.fork();
    await emptyTables(em);
    await h.throttleStore.clear();
    fx = await seedSteeringFixture(em);
  });

  const login = (who: 'admin' | 'lead' | 'chair' | 'voter' | 'member' | 'editor' | 'editorCafe') =>
    h.client().login(
      {
        admin: 'admin@test.example',
        lead: 'lead@test.example',
        chair: 'chair@test.example',
        voter: 'voter@test.example',
        member: 'member@test.example',
        editor: 'editor.caritas@test.example',
        editorCafe: 'editor.cafe@test.example',
      }[who],
    );
  const upload = (
    client: GraphQLClient | undefined,
    needId: string,
    content = pdf(),
    fileName = 'Abbruchquote.pdf',
    type = 'application/pdf',
    headers: Record<string, string> = {},
  ) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type }), fileName);
    return fetch(`${h.url}/api/needs/${needId}/documents`, {
      method: 'POST',
      body: form,
      headers: { ...(client?.cookie ? { cookie: client.cookie } : {}), ...headers },
    });
  };
  const uploaded = async (res: Response) => {
    expect(res.status, await res.clone().text()).toBe(201);
    return ((await res.json()) as any).data.document as { id: string; fileName: string; sizeBytes: number; sha256: string };
  };
  const refusal = async (res: Response) => ((await res.json()) as any).errors[0].extensions;
  const download = (client: GraphQLClient | undefined, id: string) =>
    fetch(`${h.url}/api/need-documents/${id}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  const storedFiles = async () => (await readdir(h.config.documents.dir).catch(() => [])).sort();
  const documentsInDb = () => h.orm.em.fork().count(NeedDocument);
  const setStatus = async (id: string, status: NeedStatus) => {
    const em = h.orm.em.fork();
    const need = await em.findOneOrFail(Need, id);
    need.status = status;
    if (status === NeedStatus.DECLINED) need.declineReason = 'Kein Bedarf mehr';
    await em.flush();
  };

  it('takes evidence from the raiser and the assessors, lists it for members and hands it out byte for byte', async () => {
    const need = fx.steering.needs.kita;
    // Raised by the Caritas: the person acting for it, its editor; the steering committee's members and the office assess it.
    const content = pdf(3000);
    const fromLead = await uploaded(await upload(await login('lead'), need, content, 'Abbruchquote 2025.pdf'));
    expect(fromLead).toMatchObject({ fileName: 'Abbruchquote 2025.pdf', sizeBytes: content.length, sha256: sha256(content) });
    await uploaded(await upload(await login('editor'), need, png(), 'Warteliste.png', 'image/png'));
    await uploaded(await upload(await login('voter'), need));
    await uploaded(await upload(await login('admin'), need));

    // Neither the Sprachcafé's editor nor a member without a part in the need, nor a visitor.
    for (const who of ['member', 'editorCafe'] as const) {
      const refused = await upload(await login(who), need);
      expect(refused.status).toBe(403);
      expect(await refusal(refused)).toMatchObject({ code: 'FORBIDDEN' });
    }
    const visitor = await upload(undefined, need);
    expect(visitor.status).toBe(401);
    expect(await refusal(visitor)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await documentsInDb()).toBe(4);

    // Every member reads the list, newest first, with who uploaded; only those who may edit the need may attach.
    const member = await login('member');
    const { need: seen } = await member.ok<any>(NEED_DOCUMENTS, { id: need });
    expect(seen.documents).toHaveLength(4);
    expect(seen.documents.at(-1)).toMatchObject({
      id: fromLead.id,
      fileName: 'Abbruchquote 2025.pdf',
      contentType: 'application/pdf',
      sizeBytes: content.length,
      sha256: sha256(content),
      uploadedByName: 'Miriam Okafor',
      downloadUrl: `/api/need-documents/${fromLead.id}`,
    });
    expect(seen.documents.map((d: any) => d.fileName)).toEqual([
      'Abbruchquote.pdf',
      'Abbruchquote.pdf',
      'Warteliste.png',
      'Abbruchquote 2025.pdf',
    ]);
    expect(seen.viewerCan).toEqual({ edit: false, attachDocuments: false });
    expect((await (await login('lead')).ok<any>(NEED_DOCUMENTS, { id: need })).need.viewerCan).toEqual({
      edit: true,
      attachDocuments: true,
    });
    expect((await (await login('voter')).ok<any>(NEED_DOCUMENTS, { id: need })).need.viewerCan.attachDocuments).toBe(true);

    const file = await download(member, fromLead.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('content-disposition')).toContain(encodeURIComponent('Abbruchquote 2025.pdf'));
    expect(Buffer.from(await file.arrayBuffer()).equals(content)).toBe(true);

    // Needs are members' business: to visitors the document does not exist, and the list is not theirs to read.
    const hidden = await download(undefined, fromLead.id);
    expect(hidden.status).toBe(404);
    expect(await refusal(hidden)).toEqual({ code: 'NOT_FOUND', reason: 'NEEDDOCUMENT_NOT_FOUND' });
    expect(errorCode(await h.client().request(NEED_DOCUMENTS, { id: need }))).toBe('NOT_FOUND');

    const entries = await h.orm.em.fork().find(AuditEntry, { entityType: 'Need', entityId: need, action: 'DOCUMENT_ADDED' });
    expect(entries).toHaveLength(4);
    expect(entries.find((e) => e.after?.sha256 === sha256(content))?.organisationIds).toEqual([fx.orgs.caritas.id]);
  });

  it('lets the members of a raising body attach to its need, and nobody else but the assessors', async () => {
    const em = h.orm.em.fork();
    const need = em.create(Need, {
      title: 'Dolmetschpool',
      classification: NeedClassification.LOCALLY_NECESSARY,
      raisedByBody: em.getReference(Body, fx.structure.bodies.workingGroup.id),
      raisedOn: '2026-02-01',
      status: NeedStatus.RAISED,
    });
    await em.flush();
    // The lead sits in the working group; the Caritas editor has no person there.
    await uploaded(await upload(await login('lead'), need.id));
    expect((await upload(await login('editor'), need.id)).status).toBe(403);
    await uploaded(await upload(await login('chair'), need.id));
    expect(await documentsInDb()).toBe(2);
  });

  it('refuses oversized, wrong-type and disguised files and foreign pages, and keeps nothing of them', async () => {
    const lead = await login('lead');
    const need = fx.steering.needs.kita;
    const filesBefore = await storedFiles();
    const tooLarge = await upload(lead, need, pdf(20_000));
    expect(tooLarge.status).toBe(413);
    expect(await refusal(tooLarge)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', field: 'file' });
    const wrongType = await upload(lead, need, Buffer.from('MZ executable'), 'tool.exe', 'application/x-msdownload');
    expect(wrongType.status).toBe(415);
    const disguised = await upload(lead, need, Buffer.from('<html>not a pdf</html>'), 'fake.pdf');
    expect(disguised.status).toBe(415);
    expect(await refusal(disguised)).toMatchObject({ reason: 'UNSUPPORTED_FILE_TYPE' });
    const foreign = await upload(lead, need, pdf(), 'x.pdf', 'application/pdf', { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await refusal(foreign)).toEqual({ code: 'FORBIDDEN', reason: 'FOREIGN_ORIGIN' });
    const unknown = await upload(lead, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(await documentsInDb()).toBe(0);
    expect(await h.orm.em.fork().count(AuditEntry, { action: 'DOCUMENT_ADDED' })).toBe(0);
    expect(await storedFiles()).toEqual(filesBefore);
    // The site itself may upload.
    await uploaded(await upload(lead, need, pdf(), 'x.pdf', 'application/pdf', { origin: SITE }));
  });

  it('removes a document for those who may attach, and keeps the evidence of addressed and declined needs', async () => {
    const lead = await login('lead');
    const need = fx.steering.needs.kita;
    const document = await uploaded(await upload(lead, need));
    expect(await storedFiles()).toContain(document.id);

    expect(errorCode(await (await login('member')).request(REMOVE, { id: document.id }))).toBe('FORBIDDEN');
    expect(errorCode(await h.client().request(REMOVE, { id: document.id }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await lead.request(REMOVE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND');
    expect(await documentsInDb()).toBe(1);

    expect(await lead.ok(REMOVE, { id: document.id })).toEqual({ removeNeedDocument: true });
    expect(await documentsInDb()).toBe(0);
    expect(await storedFiles()).not.toContain(document.id);
    expect((await lead.ok<any>(NEED_DOCUMENTS, { id: need })).need.documents).toEqual([]);
    expect((await download(lead, document.id)).status).toBe(404);
    const removed = await h.orm.em.fork().findOneOrFail(AuditEntry, { entityType: 'Need', entityId: need, action: 'DOCUMENT_REMOVED' });
    expect(removed.before).toMatchObject({ fileName: 'Abbruchquote.pdf', sha256: document.sha256 });

    // A mandated need still takes evidence (its fields are fixed, its documents are not) ...
    await setStatus(need, NeedStatus.MANDATED);
    const kept = await uploaded(await upload(lead, need));
    // ... an addressed or declined one does not, from anyone.
    for (const status of [NeedStatus.ADDRESSED, NeedStatus.DECLINED]) {
      await setStatus(need, status);
      for (const who of ['lead', 'admin'] as const) {
        const client = await login(who);
        const closed = await upload(client, need);
        expect(closed.status).toBe(409);
        expect(await refusal(closed)).toMatchObject({ code: 'CONFLICT', reason: 'NEED_CLOSED' });
        expect((await client.request(REMOVE, { id: kept.id })).errors?.[0]?.extensions).toMatchObject({ reason: 'NEED_CLOSED' });
      }
      expect((await lead.ok<any>(NEED_DOCUMENTS, { id: need })).need.viewerCan.attachDocuments).toBe(false);
      // Who never could attach is told so, not that the need is closed.
      expect(errorCode(await (await login('member')).request(REMOVE, { id: kept.id }))).toBe('FORBIDDEN');
    }
    expect(await documentsInDb()).toBe(1);
  });
});
