import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import busboy from 'busboy';
import type { NextFunction, Request, Response, Router } from 'express';
import express from 'express';
import type { Config } from '../config/config.js';
import type { AttachedDocument } from '../db/document.entity.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { toDomainError } from '../errors/format-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logging/logger.js';
import { type DocumentOwnerKind, documentPaths, type UploadedFile } from '../storage/documents.js';
import { statusOf } from './error-answer.js';
import { isAllowedOrigin } from './origin.js';

/**
 * After refusing an upload, the rest of its body is read and dropped for at
 * most this long and this much before the connection is cut. Closing while
 * the client still sends makes its TCP stack discard our answer (a reset), so
 * the answer goes out first and the connection closes once the body is in.
 */
const DRAIN_TIMEOUT_MS = 10_000;
const DRAIN_MAX_BYTES = 64 * 1048576;

/** What the routes of one kind of document call: the owner's service, with its write and read rules. */
interface DocumentHandlers {
  add(ctx: GraphQLContext, ownerId: string, file: UploadedFile): Promise<AttachedDocument>;
  open(ctx: GraphQLContext, id: string): Promise<{ document: AttachedDocument; content: Readable }>;
}

const handlers: Record<DocumentOwnerKind, DocumentHandlers> = {
  agreement: {
    add: (ctx, id, file) => ctx.services.agreements.addDocument(ctx, id, file),
    open: (ctx, id) => ctx.services.agreements.openDocument(ctx, id),
  },
  need: {
    add: (ctx, id, file) => ctx.services.steering.addNeedDocument(ctx, id, file),
    open: (ctx, id) => ctx.services.steering.openNeedDocument(ctx, id),
  },
  fundApplication: {
    add: (ctx, id, file) => ctx.services.funds.addApplicationDocument(ctx, id, file),
    open: (ctx, id) => ctx.services.funds.openApplicationDocument(ctx, id),
  },
};

interface Answer {
  status: number;
  body: { errors: { message: string; extensions: Record<string, unknown> }[] };
}

/**
 * Documents of agreements, needs and fund applications over plain HTTP: a
 * multipart upload (field `file`) to `POST /api/<owners>/:id/documents` and a
 * download from `GET /api/<documents>/:id` (see `documentPaths`). Same session
 * cookie and the same service rules as GraphQL; errors come back in the
 * GraphQL error shape.
 */
export function documentRoutes(
  contextFor: (req: Request) => Promise<GraphQLContext>,
  logger: Logger,
  config: Pick<Config, 'allowedOrigins'>,
): Router {
  const router = express.Router();

  const answerFor = (error: unknown): Answer => {
    const domain = toDomainError(error);
    if (!domain) logger.error({ err: error }, 'document request failed');
    const code = domain?.code ?? 'INTERNAL_SERVER_ERROR';
    const status = domain?.reason === 'FILE_TOO_LARGE' ? 413 : domain?.reason === 'UNSUPPORTED_FILE_TYPE' ? 415 : (statusOf[code] ?? 500);
    return {
      status,
      body: {
        errors: [
          {
            message: domain?.message ?? 'Internal server error',
            extensions: {
              code,
              ...(domain?.reason ? { reason: domain.reason } : {}),
              ...(domain?.field ? { field: domain.field } : {}),
              ...(domain?.details ? { details: domain.details } : {}),
            },
          },
        ],
      },
    };
  };

  const fail = (res: Response, error: unknown) => {
    const { status, body } = answerFor(error);
    res.status(status).json(body);
  };

  /**
   * Refuses an upload whose body may still be arriving: the answer is sent at
   * once with `Connection: close`, the rest of the body is read and dropped,
   * and the connection ends after that (see DRAIN_TIMEOUT_MS).
   */
  const refuseUpload = (req: Request, res: Response, error: unknown) => {
    if (res.headersSent) return;
    const { status, body } = answerFor(error);
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(json),
      Connection: 'close',
    });
    req.unpipe();
    if (req.complete) {
      res.end(json);
      return;
    }
    res.write(json);
    let dropped = 0;
    const finish = () => {
      clearTimeout(timer);
      req.off('data', count);
      if (!res.writableEnded) res.end();
    };
    const count = (chunk: Buffer) => {
      dropped += chunk.length;
      if (dropped > DRAIN_MAX_BYTES) finish();
    };
    const timer = setTimeout(finish, DRAIN_TIMEOUT_MS);
    timer.unref();
    req.on('data', count);
    req.once('end', finish);
    req.once('close', finish);
    req.resume();
  };

  const upload = (handle: DocumentHandlers) => async (req: Request, res: Response, _next: NextFunction) => {
    // A page on another site must not upload with the visitor's cookie; refused before a byte of the body is read.
    if (!isAllowedOrigin(config, req.headers.origin)) {
      return refuseUpload(
        req,
        res,
        new DomainError(ErrorCode.FORBIDDEN, 'Uploads are accepted only from this site', { reason: 'FOREIGN_ORIGIN' }),
      );
    }
    let ctx: GraphQLContext;
    try {
      ctx = await contextFor(req);
    } catch (error) {
      return refuseUpload(req, res, error);
    }
    let parser: busboy.Busboy;
    try {
      // Browsers send the file name as UTF-8; busboy would read it as Latin-1 and mangle every umlaut.
      parser = busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fields: 5 } });
    } catch {
      return refuseUpload(
        req,
        res,
        new DomainError(ErrorCode.BAD_USER_INPUT, 'Send the file as multipart/form-data in the field "file"', {
          reason: 'MALFORMED_UPLOAD',
        }),
      );
    }
    let handled = false;
    parser.on('file', (field, stream, info) => {
      if (field !== 'file' || handled) {
        stream.resume();
        return;
      }
      handled = true;
      handle
        .add(ctx, String(req.params.id), { fileName: info.filename ?? 'dokument', contentType: info.mimeType, content: stream })
        .then((document) =>
          res.status(201).json({
            data: { document: { id: document.id, fileName: document.fileName, sizeBytes: document.sizeBytes, sha256: document.sha256 } },
          }),
        )
        .catch((error) => {
          stream.resume();
          refuseUpload(req, res, error);
        });
    });
    parser.on('close', () => {
      if (!handled)
        refuseUpload(
          req,
          res,
          new DomainError(ErrorCode.BAD_USER_INPUT, 'No file in the field "file"', { reason: 'MALFORMED_UPLOAD', field: 'file' }),
        );
    });
    parser.on('error', (error) => {
      refuseUpload(req, res, new DomainError(ErrorCode.BAD_USER_INPUT, 'Malformed upload', { reason: 'MALFORMED_UPLOAD' }));
      logger.warn({ err: error }, 'malformed upload');
    });
    req.pipe(parser);
  };

  const download = (kind: DocumentOwnerKind, handle: DocumentHandlers) => async (req: Request, res: Response) => {
    let opened: Awaited<ReturnType<DocumentHandlers['open']>>;
    try {
      const ctx = await contextFor(req);
      opened = await handle.open(ctx, String(req.params.id));
    } catch (error) {
      if (toDomainError(error)?.reason === 'DOCUMENT_FILE_MISSING') {
        logger.warn({ documentId: req.params.id, kind }, 'document has no file in the store');
      }
      return fail(res, error);
    }
    const { document, content } = opened;
    res.setHeader('Content-Type', document.contentType);
    res.setHeader('Content-Length', String(document.sizeBytes));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    try {
      await pipeline(content, res);
    } catch (error) {
      // Headers are out: all that is left is to cut the answer short, so the client sees it is incomplete.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') logger.error({ err: error }, 'document download failed');
      res.destroy();
    }
  };

  for (const [kind, handle] of Object.entries(handlers) as [DocumentOwnerKind, DocumentHandlers][]) {
    router.post(`/${documentPaths[kind].owners}/:id/documents`, upload(handle));
    router.get(`/${documentPaths[kind].documents}/:id`, download(kind, handle));
  }

  return router;
}
