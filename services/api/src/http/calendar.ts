import type { Request, Response, Router } from 'express';
import express from 'express';
import { anonymous } from '../auth/actor.js';
import type { Config } from '../config/config.js';
import { DomainError, ErrorCode, notFound } from '../errors/domain-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logging/logger.js';
import { CalendarReadModel } from '../modules/meeting/calendar.read.js';
import { type CalendarMeeting, meetingCalendar } from '../modules/meeting/meeting.ics.js';
import { sendError } from './error-answer.js';

const feedNotFound = () => new DomainError(ErrorCode.NOT_FOUND, 'Calendar feed not found', { reason: 'CALENDAR_FEED_NOT_FOUND' });

/**
 * iCalendar feeds of meetings, for calendar programs to subscribe to:
 * - `GET /calendar/bodies/:bodyId.ics`: a body's meetings as a visitor sees
 *   them (the feed URL is public, so it never reads as the requester);
 * - `GET /calendar/personal/:token.ics`: the meetings a user is invited to or
 *   whose body they sit in, read as that user; the token is the secret.
 * Both hold the meetings from a year back to two years ahead, cancelled ones
 * with STATUS:CANCELLED; hidden or unknown bodies and unknown tokens are 404.
 */
export function calendarRoutes(
  contextFor: (req: Request) => Promise<GraphQLContext>,
  logger: Logger,
  config: Pick<Config, 'publicUrl' | 'host' | 'port'> & { mail: Pick<Config['mail'], 'from'> },
): Router {
  const router = express.Router();

  const sendFeed = (res: Response, meetings: readonly CalendarMeeting[], name: string, cacheControl: string) => {
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Content-Disposition', 'inline; filename="sitzungen.ics"');
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(meetingCalendar(config, meetings, { method: 'PUBLISH', name }));
  };

  router.get('/calendar/bodies/:bodyId.ics', async (req: Request, res: Response) => {
    try {
      const read = (await contextFor(req)).read.as(anonymous);
      const bodyId = String(req.params.bodyId);
      const body = await read.bodies.byId(bodyId);
      if (!body) throw notFound('Body', bodyId);
      const meetings = await new CalendarReadModel(read).ofBody(body.id);
      sendFeed(res, meetings, `${body.name} – Sitzungen`, 'public, no-cache');
    } catch (error) {
      sendError(res, error, logger, 'body calendar feed');
    }
  });

  router.get('/calendar/personal/:token.ics', async (req: Request, res: Response) => {
    // The URL is the secret: never sent on as a referrer, never kept by a cache.
    res.setHeader('Referrer-Policy', 'no-referrer');
    try {
      const ctx = await contextFor(req);
      const actor = await ctx.services.calendarFeeds.actorFor(ctx.em, String(req.params.token));
      if (!actor) throw feedNotFound();
      const meetings = actor.personId ? await new CalendarReadModel(ctx.read.as(actor)).ofPerson(actor.personId) : [];
      sendFeed(res, meetings, `Meine Sitzungen – ${actor.displayName}`, 'private, no-store');
    } catch (error) {
      sendError(res, error, logger, 'personal calendar feed');
    }
  });

  return router;
}
