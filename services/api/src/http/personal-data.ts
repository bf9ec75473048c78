import type { Request, Response, Router } from 'express';
import express from 'express';
import type { Config } from '../config/config.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logging/logger.js';
import type { SubjectKind } from '../modules/personal-data/personal-data.service.js';
import { sendError } from './error-answer.js';
import { isAllowedOrigin } from './origin.js';

const kinds: Record<string, SubjectKind> = { people: 'person', volunteers: 'volunteer' };

/**
 * The export of a data subject as a JSON file, for the coordination office:
 * `GET /api/personal-data/people/:id` and `GET /api/personal-data/volunteers/:id`,
 * with the session cookie like GraphQL. Each export is a change entry, so a
 * page on another site must not trigger one with the admin's cookie: requests
 * the browser marks cross-site are refused.
 */
export function personalDataRoutes(
  contextFor: (req: Request) => Promise<GraphQLContext>,
  logger: Logger,
  config: Pick<Config, 'allowedOrigins'>,
): Router {
  const router = express.Router();
  router.get('/personal-data/:kind/:id', async (req: Request, res: Response) => {
    try {
      const kind = kinds[String(req.params.kind)];
      if (!kind) throw new DomainError(ErrorCode.NOT_FOUND, 'Unknown kind of data subject', { reason: 'NOT_FOUND' });
      if (req.headers['sec-fetch-site'] === 'cross-site' || !isAllowedOrigin(config, req.headers.origin)) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Exports are handed out only to this site', { reason: 'FOREIGN_ORIGIN' });
      }
      const ctx = await contextFor(req);
      const { fileName, document } = await ctx.services.personalData.export(ctx, kind, String(req.params.id));
      const body = JSON.stringify(document, null, 2);
      res.setHeader('Content-Type', 'application/json; charset=utf-8');
      res.setHeader('Content-Length', String(Buffer.byteLength(body)));
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.end(body);
    } catch (error) {
      sendError(res, error, logger, 'personal data export');
    }
  });
  return router;
}
