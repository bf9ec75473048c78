import type { Request, Response, Router } from 'express';
import express from 'express';
import { anonymous } from '../auth/actor.js';
import { readRules } from '../auth/read-rules.js';
import { type Config, publicBaseUrl } from '../config/config.js';
import { timestamp } from '../db/reader.js';
import { ident, type Sql, sql } from '../db/sql.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { ReadModels } from '../graphql/read-models.js';
import type { Logger } from '../logging/logger.js';
import { compressAnswers } from './compression.js';
import { sendError } from './error-answer.js';

/** A sitemap file holds at most 50,000 addresses (sitemaps.org); the public records are listed up to that. */
export const SITEMAP_MAX_URLS = 50_000;

/** One kind of public record with a page of its own: its table, read rule and address. */
interface SitemapSource {
  table: string;
  rule: (alias: string) => Sql;
  path: (id: string) => string;
}

/**
 * The records with public pages, as a visitor sees them (each type's read
 * rule for visitors in the WHERE): organisations, offers, referral paths and
 * volunteer opportunities, each most recently changed first, so a bound cuts
 * the oldest.
 */
const sources: readonly SitemapSource[] = [
  { table: 'organisation', rule: (alias) => readRules.organisation(anonymous, alias), path: (id) => `/organisations/${id}` },
  { table: 'offer', rule: (alias) => readRules.offer(anonymous, alias), path: (id) => `/offers/${id}` },
  { table: 'referral_path', rule: (alias) => readRules.referralPath(anonymous, alias), path: (id) => `/referral-paths/${id}` },
  {
    table: 'volunteer_opportunity',
    rule: (alias) => readRules.volunteerOpportunity(anonymous, alias),
    path: (id) => `/volunteering/${id}`,
  },
];

/** Pages of the web app that anyone may see and search engines should find. */
const publicPages = ['/', '/referral-paths', '/volunteering'];

/**
 * Paths search engines should leave alone: member and admin areas, forms,
 * personal links and the API. Everything else (the directory, profiles,
 * offers, bodies) is public.
 */
const privatePaths = [
  '/account',
  '/admin',
  '/agreements',
  '/fund/applications',
  '/fund/apply',
  '/invitation/',
  '/login',
  '/my-',
  '/needs',
  '/offers/new',
  '/offers/*/edit',
  '/organisations/*/edit',
  '/organisations/*/offers',
  '/organisations/*/volunteering',
  '/reset-password',
  '/steering',
  '/volunteering/interests',
  '/volunteering/*/edit',
  '/api/',
  '/graphql',
];

export interface SitemapEntry {
  path: string;
  lastModified: Date | null;
}

/** The public pages and records for the sitemap, at most `limit`; one statement per kind of record. */
export async function sitemapEntries(read: ReadModels, limit = SITEMAP_MAX_URLS): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = publicPages.map((path) => ({ path, lastModified: null }));
  const visitor = read.as(anonymous).context;
  for (const source of sources) {
    const room = limit - entries.length;
    if (room <= 0) break;
    const rows = await visitor.rows<{ id: string; updated_at: string }>(
      sql`select r.id, r.updated_at from ${ident(source.table)} r where ${source.rule('r')} order by r.updated_at desc, r.id limit ${room}`,
    );
    for (const row of rows) entries.push({ path: source.path(row.id), lastModified: timestamp(row.updated_at) });
  }
  return entries;
}

const xmlEscape = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/** The sitemap document (sitemaps.org 0.9) for the given public base URL. */
export function sitemapXml(baseUrl: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString().slice(0, 10)}</lastmod>` : '';
    return `<url><loc>${xmlEscape(baseUrl + entry.path)}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** robots.txt: public pages allowed, member and admin paths not, and where the sitemap is. */
export function robotsTxt(baseUrl: string): string {
  return ['User-agent: *', 'Allow: /', ...privatePaths.map((path) => `Disallow: ${path}`), '', `Sitemap: ${baseUrl}/sitemap.xml`, ''].join(
    '\n',
  );
}

/**
 * `GET /robots.txt` and `GET /sitemap.xml`, addressed with `PUBLIC_URL` (the
 * address search engines know). The sitemap lists what a visitor may see,
 * whoever asks.
 */
export function sitemapRoutes(
  contextFor: (req: Request) => Promise<GraphQLContext>,
  logger: Logger,
  config: Pick<Config, 'publicUrl' | 'host' | 'port'>,
): Router {
  const router = express.Router();
  const baseUrl = publicBaseUrl(config);

  router.get('/robots.txt', (_req: Request, res: Response) => {
    res.type('text/plain; charset=utf-8').setHeader('Cache-Control', 'public, max-age=86400');
    res.send(robotsTxt(baseUrl));
  });

  router.get('/sitemap.xml', compressAnswers(), async (req: Request, res: Response) => {
    try {
      const entries = await sitemapEntries((await contextFor(req)).read);
      res.type('application/xml; charset=utf-8').setHeader('Cache-Control', 'public, max-age=3600');
      res.send(sitemapXml(baseUrl, entries));
    } catch (error) {
      sendError(res, error, logger, 'sitemap');
    }
  });

  return router;
}
