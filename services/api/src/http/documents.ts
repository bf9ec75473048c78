import busboy from 'busboy';
import type { NextFunction, Request, Response, Router } from 'express';
import express from 'express';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { toDomainError } from '../errors/format-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logging/logger.js';

const statusOf: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/**
 * Agreement documents over plain HTTP: a multipart upload (field `file`) and a
 * download. Same session cookie and the same service rules as GraphQL; errors
 * come back in the GraphQL error shape.
 */
export function documentRoutes(contextFor: (req: Request) => Promise<GraphQLContext>, logger: Logger): Router {
  const router = express.Router();

  const fail = (res: Response, error: unknown) => {
    const domain = toDomainError(error);
    if (!domain) logger.error({ err: error }, 'document request failed');
    const code = domain?.code ?? 'INTERNAL_SERVER_ERROR';
    const status = domain?.reason === 'FILE_TOO_LARGE' ? 413 : domain?.reason === 'UNSUPPORTED_FILE_TYPE' ? 415 : (statusOf[code] ?? 500);
    res.status(status).json({
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
    });
  };

  router.post('/agreements/:id/documents', async (req: Request, res: Response, _next: NextFunction) => {
    let ctx: GraphQLContext;
    try {
      ctx = await contextFor(req);
    } catch (error) {
      return fail(res, error);
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fields: 5 } });
    } catch {
      return fail(
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
      ctx.services.agreements
        .addDocument(ctx, String(req.params.id), { fileName: info.filename ?? 'dokument', contentType: info.mimeType, content: stream })
        .then((document) =>
          res.status(201).json({
            data: { document: { id: document.id, fileName: document.fileName, sizeBytes: document.sizeBytes, sha256: document.sha256 } },
          }),
        )
        .catch((error) => {
          stream.resume();
          fail(res, error);
        });
    });
    parser.on('close', () => {
      if (!handled)
        fail(res, new DomainError(ErrorCode.BAD_USER_INPUT, 'No file in the field "file"', { reason: 'MALFORMED_UPLOAD', field: 'file' }));
    });
    parser.on('error', (error) => {
      if (!res.headersSent) fail(res, new DomainError(ErrorCode.BAD_USER_INPUT, 'Malformed upload', { reason: 'MALFORMED_UPLOAD' }));
      logger.warn({ err: error }, 'malformed upload');
    });
    req.pipe(parser);
  });

  router.get('/agreement-documents/:id', async (req: Request, res: Response) => {
    try {
      const ctx = await contextFor(req);
      const { document, content } = await ctx.services.agreements.openDocument(ctx, String(req.params.id));
      res.setHeader('Content-Type', document.contentType);
      res.setHeader('Content-Length', String(document.sizeBytes));
      res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'private, no-store');
      content.pipe(res);
    } catch (error) {
      fail(res, error);
    }
  });

  return router;
}
