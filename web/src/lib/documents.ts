import { CombinedError } from '@urql/core';
import { type ApiProblem, toProblem } from '#lib/graphql/errors.ts';

/**
 * Documents of agreements, needs and fund applications travel over plain HTTP
 * (multipart upload, download link), not GraphQL; GraphQL lists them and
 * removes them. Errors come back in the GraphQL error shape, so they are
 * explained with the same catalogue messages as every other API error.
 */

/** A document as every owner's list shows it (`AgreementDocument`, `NeedDocument`, `FundApplicationDocument`). */
export interface DocumentEntry {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  createdAt: string;
  /** Shown to members only; null for others. */
  uploadedByName: string | null;
  downloadUrl: string;
}

/** Where a record's documents are uploaded (`POST`, multipart field `file`). */
export const documentUploadUrl = {
  agreement: (id: string) => `/api/agreements/${encodeURIComponent(id)}/documents`,
  need: (id: string) => `/api/needs/${encodeURIComponent(id)}/documents`,
  fundApplication: (id: string) => `/api/fund-applications/${encodeURIComponent(id)}/documents`,
} as const;

/** The API's default upload limit (`MAX_UPLOAD_MB=10`); checked here too, so a large file is refused before it is sent. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** File types the API accepts, by extension; the API also checks the declared type and the first bytes. */
export const documentExtensions = ['.pdf', '.docx', '.odt', '.png', '.jpg', '.jpeg'] as const;

/** For the file input's `accept`: extensions and MIME types, so pickers on every system offer the right files. */
export const documentAccept = [
  ...documentExtensions,
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
  'image/png',
  'image/jpeg',
].join(',');

export type DocumentRejection = 'FILE_EMPTY' | 'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE_TYPE';

/** What the API would refuse about a file, judged by its name and size before uploading; null when it may be sent. */
export function checkDocument(file: { name: string; size: number }): DocumentRejection | null {
  const name = file.name.toLowerCase();
  if (!documentExtensions.some((extension) => name.endsWith(extension))) return 'UNSUPPORTED_FILE_TYPE';
  if (file.size === 0) return 'FILE_EMPTY';
  if (file.size > MAX_DOCUMENT_BYTES) return 'FILE_TOO_LARGE';
  return null;
}

/** A problem as the API would report it, for checks made in the browser. */
export function rejectionProblem(reason: DocumentRejection): ApiProblem {
  return toProblem(
    new CombinedError({ graphQLErrors: [{ message: reason, extensions: { code: 'BAD_USER_INPUT', reason, field: 'file' } }] }),
  );
}

export type UploadResult = { ok: true; document: { id: string; fileName: string } } | { ok: false; problem: ApiProblem };

/** Uploads a file to a record's upload URL (see `documentUploadUrl`, field `file`); the session cookie authenticates. */
export async function uploadDocument(url: string, file: Blob & { name: string }, fetchImpl: typeof fetch = fetch): Promise<UploadResult> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      body,
      credentials: 'same-origin',
    });
  } catch (error) {
    return {
      ok: false,
      problem: toProblem(new CombinedError({ networkError: error instanceof Error ? error : new Error(String(error)) })),
    };
  }
  const json = (await response.json().catch(() => null)) as {
    data?: { document?: { id: string; fileName: string } };
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  } | null;
  if (response.ok && json?.data?.document) return { ok: true, document: json.data.document };
  if (json?.errors?.length) return { ok: false, problem: toProblem(new CombinedError({ graphQLErrors: json.errors })) };
  // A proxy in front of the API may answer without the JSON body.
  if (response.status === 413) return { ok: false, problem: rejectionProblem('FILE_TOO_LARGE') };
  if (response.status === 415) return { ok: false, problem: rejectionProblem('UNSUPPORTED_FILE_TYPE') };
  return { ok: false, problem: toProblem(new CombinedError({ networkError: new Error(`HTTP ${response.status}`) })) };
}

/** A SHA-256 short enough to read aloud and compare by eye: the first 8 and last 4 hex digits. */
export const shortHash = (sha256: string): string => (sha256.length > 16 ? `${sha256.slice(0, 8)}…${sha256.slice(-4)}` : sha256);

/** A file size in the unit that reads best. */
export function fileSize(bytes: number): { value: number; unit: 'B' | 'kB' | 'MB' } {
  if (bytes < 1024) return { value: bytes, unit: 'B' };
  if (bytes < 1024 * 1024) return { value: bytes / 1024, unit: 'kB' };
  return { value: bytes / (1024 * 1024), unit: 'MB' };
}
