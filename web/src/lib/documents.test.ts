import { describe, expect, it } from 'vitest';
import { checkDocument, documentUploadUrl, fileSize, MAX_DOCUMENT_BYTES, shortHash, uploadDocument } from './documents.ts';

const file = (name: string, size = 100) => Object.assign(new Blob([new Uint8Array(size)]), { name });

const respond = (status: number, body: unknown) =>
  (async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('checkDocument', () => {
  it('accepts the types the API takes, up to 10 MB', () => {
    expect(checkDocument({ name: 'Vertrag.PDF', size: 1000 })).toBeNull();
    expect(checkDocument({ name: 'scan.jpeg', size: MAX_DOCUMENT_BYTES })).toBeNull();
  });

  it('refuses other types, empty files and files over 10 MB', () => {
    expect(checkDocument({ name: 'Vertrag.doc', size: 1000 })).toBe('UNSUPPORTED_FILE_TYPE');
    expect(checkDocument({ name: 'leer.pdf', size: 0 })).toBe('FILE_EMPTY');
    expect(checkDocument({ name: 'gross.pdf', size: MAX_DOCUMENT_BYTES + 1 })).toBe('FILE_TOO_LARGE');
  });
});

describe('uploadDocument', () => {
  it('sends the file in the field "file" and returns the stored document', async () => {
    let sent: { url: string; init: RequestInit | undefined } | undefined;
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      sent = { url, init };
      return new Response(JSON.stringify({ data: { document: { id: 'd1', fileName: 'a.pdf' } } }), { status: 201 });
    }) as unknown as typeof fetch;
    const result = await uploadDocument(documentUploadUrl.agreement('a 1'), file('a.pdf'), fetchImpl);
    expect(result).toEqual({ ok: true, document: { id: 'd1', fileName: 'a.pdf' } });
    expect(sent?.url).toBe('/api/agreements/a%201/documents');
    expect(sent?.init?.body).toBeInstanceOf(FormData);
    expect((sent?.init?.body as FormData | undefined)?.get('file')).toBeInstanceOf(Blob);
  });

  it('explains the API’s refusals with the catalogue messages', async () => {
    const tooLarge = await uploadDocument(
      '/api/needs/a1/documents',
      file('a.pdf'),
      respond(413, {
        errors: [
          { message: 'The file is larger than 10 MB', extensions: { code: 'BAD_USER_INPUT', reason: 'FILE_TOO_LARGE', field: 'file' } },
        ],
      }),
    );
    expect(tooLarge.ok === false && tooLarge.problem.messageKey).toBe('errors.reason.FILE_TOO_LARGE');
    expect(tooLarge.ok === false && tooLarge.problem.issues[0]?.field).toBe('file');

    const forbidden = await uploadDocument(
      '/api/needs/a1/documents',
      file('a.pdf'),
      respond(403, { errors: [{ message: 'No', extensions: { code: 'FORBIDDEN', reason: 'FORBIDDEN' } }] }),
    );
    expect(forbidden.ok === false && forbidden.problem.messageKey).toBe('errors.reason.FORBIDDEN');
  });

  it('understands a bare 413 or 415 from a proxy', async () => {
    const result = await uploadDocument('/api/needs/a1/documents', file('a.pdf'), respond(415, '<html>Unsupported</html>'));
    expect(result.ok === false && result.problem.reason).toBe('UNSUPPORTED_FILE_TYPE');
  });

  it('reports a network failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const result = await uploadDocument('/api/needs/a1/documents', file('a.pdf'), failing);
    expect(result.ok === false && result.problem.messageKey).toBe('errors.network');
  });
});

describe('documentUploadUrl', () => {
  it('names the API route of each kind of record', () => {
    expect(documentUploadUrl.agreement('a1')).toBe('/api/agreements/a1/documents');
    expect(documentUploadUrl.need('n1')).toBe('/api/needs/n1/documents');
    expect(documentUploadUrl.fundApplication('f/1')).toBe('/api/fund-applications/f%2F1/documents');
  });
});

describe('shortHash and fileSize', () => {
  it('shortens a SHA-256 to its ends', () => {
    expect(shortHash('3f2a9c1d'.repeat(8))).toBe('3f2a9c1d…9c1d');
  });

  it('picks a readable unit', () => {
    expect(fileSize(512)).toEqual({ value: 512, unit: 'B' });
    expect(fileSize(2048)).toEqual({ value: 2, unit: 'kB' });
    expect(fileSize(3 * 1024 * 1024)).toEqual({ value: 3, unit: 'MB' });
  });
});
