import type { Request, Response, Router } from 'express';
import express from 'express';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logging/logger.js';
import type { OutputLanguage } from '../modules/meeting/meeting.format.js';
import { minutesFileName, readMinutes } from '../modules/meeting/minutes.export.js';
import { renderMinutesHtml } from '../modules/meeting/minutes.html.js';
import { renderMinutesPdf } from '../modules/meeting/minutes.pdf.js';
import { sendError } from './error-answer.js';

const languageOf = (req: Request): OutputLanguage => (req.query.lang === 'en' ? 'en' : 'de');

/**
 * A meeting's minutes to print or keep, read with the requester's session
 * like GraphQL: `GET /meetings/:id/minutes.html` (a page with a print
 * stylesheet) and `GET /meetings/:id/minutes.pdf`; `?lang=en` for English.
 * Visitors get what visitors may read (no internal items, no drafts);
 * a hidden or unknown meeting is 404.
 */
export function minutesRoutes(contextFor: (req: Request) => Promise<GraphQLContext>, logger: Logger): Router {
  const router = express.Router();

  const common = (res: Response) => {
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  };

  router.get('/meetings/:id/minutes.html', async (req: Request, res: Response) => {
    try {
      const lang = languageOf(req);
      const minutes = await readMinutes((await contextFor(req)).read, String(req.params.id));
      common(res);
      // The page runs nothing and loads nothing: its only style is inline.
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      );
      res.setHeader('Content-Disposition', `inline; filename="${minutesFileName(minutes, lang, 'html')}"`);
      res.type('text/html; charset=utf-8').send(renderMinutesHtml(minutes, lang));
    } catch (error) {
      sendError(res, error, logger, 'minutes export');
    }
  });

  router.get('/meetings/:id/minutes.pdf', async (req: Request, res: Response) => {
    try {
      const lang = languageOf(req);
      const minutes = await readMinutes((await contextFor(req)).read, String(req.params.id));
      const pdf = await renderMinutesPdf(minutes, lang);
      common(res);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Length', String(pdf.length));
      res.setHeader('Content-Disposition', `inline; filename="${minutesFileName(minutes, lang, 'pdf')}"`);
      res.end(pdf);
    } catch (error) {
      sendError(res, error, logger, 'minutes export');
    }
  });

  return router;
}
