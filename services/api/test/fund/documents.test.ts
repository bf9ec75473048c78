import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuditEntry } from '../../src/modules/audit/audit.entity.js';
import { FundApplicationDocument, FundRound } from '../../src/modules/fund/fund.entity.js';
import { databaseLabel } from '../support/database.js';
import { errorCode, type GraphQLClient } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { apply, CHECK, clients, type FundFixture, inDays, resetFunds } from './fund-fixture.js';

const SITE = 'https://verbund.lindenau.example';
const pdf = (bytes = 2000) => Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(bytes, 0x20)]);
const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

const APPLICATION_DOCUMENTS = `query($id: UUID!) { fundApplication(id: $id) { id version status
  documents { id fileName contentType sizeBytes sha256 uploadedByName createdAt downloadUrl }
  viewerCan { edit attachDocuments } } }`;
const REMOVE = 'mutation($id: UUID!) { removeFundApplicationDocument(id: $id) }';

describe(`a fund application's documents (${databaseLabel})`, () => {
  let h: Harness;
  let fx: FundFixture;
  let as: ReturnType<typeof clients>;
  let applicationId: string;
  beforeAll(async () => {
    h = await startHarness({ MAX_UPLOAD_MB: '0.01', ALLOWED_ORIGINS: SITE });
    as = clients(h);
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await resetFunds(h);
    // The Caritas applies with the Sprachcafé as partner, in round 1 (open for 30 more days).
    const res = await apply(await as.editorCaritas(), fx);
    expect(res.errors).toBeUndefined();
    applicationId = res.data?.applyForFund.id;
  });

  const upload = (
    client: GraphQLClient | undefined,
    content = pdf(),
    fileName = 'Kostenplan.pdf',
    type = 'application/pdf',
    headers: Record<string, string> = {},
    id = applicationId,
  ) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)], { type }), fileName);
    return fetch(`${h.url}/api/fund-applications/${id}/documents`, {
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
    fetch(`${h.url}/api/fund-application-documents/${id}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  const storedFiles = async () => (await readdir(h.config.documents.dir).catch(() => [])).sort();
  const documentsInDb = () => h.orm.em.fork().count(FundApplicationDocument);
  const check = async () => {
    const admin = await as.admin();
    const { fundApplication } = await admin.ok<any>(APPLICATION_DOCUMENTS, { id: applicationId });
    await admin.ok(CHECK, { id: applicationId, v: fundApplication.version, n: 'Vollständig' });
  };

  it('takes documents from the applicant’s editors and the office, shows them to who reads the application, byte for byte', async () => {
    const editor = await as.editorCaritas();
    const content = pdf(4000);
    const plan = await uploaded(await upload(editor, content, 'Kostenplan 2026.pdf'));
    expect(plan).toMatchObject({ fileName: 'Kostenplan 2026.pdf', sizeBytes: content.length, sha256: sha256(content) });
    await uploaded(await upload(await as.admin(), pdf(), 'Eingangsbestätigung.pdf'));

    // The partner's editor, the deciding body's chair and members, and other members may not attach; visitors are told to log in.
    for (const who of ['editorCafe', 'chair', 'amira', 'member'] as const) {
      const refused = await upload(await as[who]());
      expect(refused.status, who).toBe(403);
      expect(await refusal(refused)).toMatchObject({ code: 'FORBIDDEN' });
    }
    const visitor = await upload(undefined);
    expect(visitor.status).toBe(401);
    expect(await refusal(visitor)).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await documentsInDb()).toBe(2);

    // The deciding body reads the application and its documents, newest first.
    const chair = await as.chair();
    const { fundApplication: seen } = await chair.ok<any>(APPLICATION_DOCUMENTS, { id: applicationId });
    expect(seen.documents.map((d: any) => d.fileName)).toEqual(['Eingangsbestätigung.pdf', 'Kostenplan 2026.pdf']);
    expect(seen.documents[1]).toMatchObject({
      id: plan.id,
      contentType: 'application/pdf',
      sizeBytes: content.length,
      sha256: sha256(content),
      uploadedByName: 'Editor Caritas',
      downloadUrl: `/api/fund-application-documents/${plan.id}`,
    });
    expect(seen.viewerCan).toEqual({ edit: false, attachDocuments: false });
    expect((await editor.ok<any>(APPLICATION_DOCUMENTS, { id: applicationId })).fundApplication.viewerCan).toEqual({
      edit: true,
      attachDocuments: true,
    });
    const file = await download(chair, plan.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(encodeURIComponent('Kostenplan 2026.pdf'));
    expect(Buffer.from(await file.arrayBuffer()).equals(content)).toBe(true);

    // The partner's editor does not read the application: to them, as to visitors, its documents do not exist.
    const cafe = await as.editorCafe();
    expect(errorCode(await cafe.request(APPLICATION_DOCUMENTS, { id: applicationId }))).toBe('NOT_FOUND');
    for (const client of [cafe, undefined]) {
      const hidden = await download(client, plan.id);
      expect(hidden.status).toBe(404);
      expect(await refusal(hidden)).toEqual({ code: 'NOT_FOUND', reason: 'FUNDAPPLICATIONDOCUMENT_NOT_FOUND' });
    }

    // The history names the applicant only: partners' editors read the rest of it, not the documents.
    const entries = await h.orm.em
      .fork()
      .find(AuditEntry, { entityType: 'FundApplication', entityId: applicationId, action: 'DOCUMENT_ADDED' });
    expect(entries).toHaveLength(2);
    for (const entry of entries) expect(entry.organisationIds).toEqual([fx.orgs.caritas.id]);
  });

  it('fixes the applicant’s documents after the check and the deadline; the office attaches later, e.g. the report', async () => {
    const editor = await as.editorCaritas();
    const early = await uploaded(await upload(editor));

    // Past the round's deadline the editors' part is over; the office's is not.
    const em = h.orm.em.fork();
    const round = await em.findOneOrFail(FundRound, fx.fund.rounds.round1.id);
    round.deadline = inDays(-1);
    await em.flush();
    const late = await upload(editor);
    expect(late.status).toBe(409);
    expect(await refusal(late)).toMatchObject({ code: 'CONFLICT', reason: 'DEADLINE_PASSED' });
    expect((await editor.request(REMOVE, { id: early.id })).errors?.[0]?.extensions).toMatchObject({ reason: 'DEADLINE_PASSED' });
    round.deadline = inDays(30);
    await em.flush();

    await check();
    const checked = await upload(editor);
    expect(checked.status).toBe(409);
    expect(await refusal(checked)).toMatchObject({ code: 'CONFLICT', reason: 'NOT_EDITABLE' });
    expect((await editor.request(REMOVE, { id: early.id })).errors?.[0]?.extensions).toMatchObject({ reason: 'NOT_EDITABLE' });
    expect((await editor.ok<any>(APPLICATION_DOCUMENTS, { id: applicationId })).fundApplication.viewerCan.attachDocuments).toBe(false);

    const admin = await as.admin();
    await uploaded(await upload(admin, pdf(), 'Sachbericht.pdf'));
    expect((await admin.ok<any>(APPLICATION_DOCUMENTS, { id: applicationId })).fundApplication.viewerCan.attachDocuments).toBe(true);
    expect(await admin.ok(REMOVE, { id: early.id })).toEqual({ removeFundApplicationDocument: true });
    expect(
      (await admin.ok<any>(APPLICATION_DOCUMENTS, { id: applicationId })).fundApplication.documents.map((d: any) => d.fileName),
    ).toEqual(['Sachbericht.pdf']);
  });

  it('removes a document for its editors while they may change the application, and for nobody else', async () => {
    const editor = await as.editorCaritas();
    const document = await uploaded(await upload(editor));

    expect(errorCode(await (await as.chair()).request(REMOVE, { id: document.id }))).toBe('FORBIDDEN');
    expect(errorCode(await h.client().request(REMOVE, { id: document.id }))).toBe('UNAUTHENTICATED');
    // Who does not see the application does not learn the document exists.
    expect(errorCode(await (await as.editorCafe()).request(REMOVE, { id: document.id }))).toBe('NOT_FOUND');
    expect(await documentsInDb()).toBe(1);

    expect(await editor.ok(REMOVE, { id: document.id })).toEqual({ removeFundApplicationDocument: true });
    expect(await documentsInDb()).toBe(0);
    expect(await storedFiles()).not.toContain(document.id);
    expect((await download(editor, document.id)).status).toBe(404);
    const removed = await h.orm.em.fork().findOneOrFail(AuditEntry, { entityId: applicationId, action: 'DOCUMENT_REMOVED' });
    expect(removed).toMatchObject({ entityType: 'FundApplication', before: { fileName: 'Kostenplan.pdf', sha256: document.sha256 } });
  });

  it('refuses oversized, wrong-type and disguised files and foreign pages, and keeps nothing of them', async () => {
    const editor = await as.editorCaritas();
    const filesBefore = await storedFiles();
    const tooLarge = await upload(editor, pdf(20_000));
    expect(tooLarge.status).toBe(413);
    expect(await refusal(tooLarge)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE' });
    const wrongType = await upload(editor, Buffer.from('PK-ish'), 'Kostenplan.xlsx', 'application/vnd.ms-excel');
    expect(wrongType.status).toBe(415);
    const disguised = await upload(editor, Buffer.from('%PDF-1.7 as a picture'), 'Foto.png', 'image/png');
    expect(disguised.status).toBe(415);
    expect(await refusal(disguised)).toMatchObject({ reason: 'UNSUPPORTED_FILE_TYPE' });
    const foreign = await upload(editor, pdf(), 'x.pdf', 'application/pdf', { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(await refusal(foreign)).toEqual({ code: 'FORBIDDEN', reason: 'FOREIGN_ORIGIN' });
    const unknown = await upload(editor, pdf(), 'x.pdf', 'application/pdf', {}, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(await documentsInDb()).toBe(0);
    expect(await h.orm.em.fork().count(AuditEntry, { action: 'DOCUMENT_ADDED' })).toBe(0);
    expect(await storedFiles()).toEqual(filesBefore);
    await uploaded(await upload(editor, pdf(), 'x.pdf', 'application/pdf', { origin: SITE }));
  });
});
