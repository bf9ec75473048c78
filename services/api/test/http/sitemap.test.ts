import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { anonymous } from '../../src/auth/actor.js';
import { SqlReader } from '../../src/db/reader.js';
import { ReadContext } from '../../src/graphql/read-context.js';
import { ReadModels } from '../../src/graphql/read-models.js';
import { robotsTxt, sitemapEntries, sitemapXml } from '../../src/http/sitemap.js';
import { Organisation } from '../../src/modules/organisation/organisation.entity.js';
import { Visibility } from '../../src/modules/organisation/organisation.enums.js';
import { Factory } from '../../src/seed/factories.js';
import { databaseLabel } from '../support/database.js';
import type { Fixture } from '../support/fixture.js';
import { type Harness, startHarness } from '../support/harness.js';

const PUBLIC_URL = 'https://verbund.example';

describe(`robots.txt, sitemap and compressed answers (${databaseLabel})`, () => {
  let h: Harness;
  let fx: Fixture;
  let offers: { open: string; internal: string; archived: string; ofHiddenOrganisation: string };

  beforeAll(async () => {
    h = await startHarness({ PUBLIC_URL });
  });
  afterAll(async () => {
    await h?.close();
  });
  beforeEach(async () => {
    fx = await h.reset();
    const em = h.orm.em.fork();
    const f = new Factory(em);
    const caritas = await em.findOneOrFail(Organisation, { id: fx.orgs.caritas.id });
    const internalOrg = await em.findOneOrFail(Organisation, { id: fx.orgs.internal.id });
    const open = f.offer(caritas, { title: 'Migrationsberatung' });
    const internal = f.offer(caritas, { title: 'Intern', visibility: Visibility.INTERNAL });
    const archived = f.offer(caritas, { title: 'Alt', archivedAt: new Date() });
    const hidden = f.offer(internalOrg, { title: 'Beim internen Träger' });
    await em.flush();
    offers = { open: open.id, internal: internal.id, archived: archived.id, ofHiddenOrganisation: hidden.id };
  });

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${h.url}${path}`, { headers });

  it('lists exactly the pages a visitor may see, addressed with PUBLIC_URL', async () => {
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const xml = await res.text();
    const locations = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locations).toContain(`${PUBLIC_URL}/`);
    for (const org of [fx.orgs.caritas, fx.orgs.cafe, fx.orgs.jobcenter])
      expect(locations).toContain(`${PUBLIC_URL}/organisations/${org.id}`);
    for (const org of [fx.orgs.internal, fx.orgs.archived]) expect(xml).not.toContain(org.id);
    expect(locations).toContain(`${PUBLIC_URL}/offers/${offers.open}`);
    for (const hidden of [offers.internal, offers.archived, offers.ofHiddenOrganisation]) expect(xml).not.toContain(hidden);
    expect(xml).toMatch(new RegExp(`<url><loc>${PUBLIC_URL}/offers/${offers.open}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod></url>`));
  });

  it('lists the same for a logged-in admin: the sitemap is the visitor’s', async () => {
    const admin = await h.client().login('admin@test.example');
    expect(admin.cookie).toBeTruthy();
    const xml = await (await get('/sitemap.xml', { cookie: admin.cookie ?? '' })).text();
    expect(xml).not.toContain(fx.orgs.internal.id);
    expect(xml).not.toContain(offers.internal);
  });

  it('stops at the bound, newest changes first', async () => {
    const read = new ReadModels(new ReadContext(new SqlReader(h.orm.em), anonymous, h.config, 10_000));
    const all = await sitemapEntries(read);
    // The three public pages, three organisations and one offer of the fixture.
    expect(all.map((e) => e.path)).toHaveLength(7);
    const entries = await sitemapEntries(read, 5);
    expect(entries.map((e) => e.path)).toEqual(all.slice(0, 5).map((e) => e.path));
    expect(entries.slice(0, 3).map((e) => e.path)).toEqual(['/', '/referral-paths', '/volunteering']);
    const changed = entries.slice(3).map((e) => e.lastModified?.getTime() ?? 0);
    expect(changed).toEqual([...changed].sort((a, b) => b - a));
  });

  it('escapes addresses in the XML', () => {
    expect(sitemapXml('https://a.example/x&y', [{ path: '/', lastModified: null }])).toContain('<loc>https://a.example/x&amp;y/</loc>');
  });

  it('answers robots.txt: public pages allowed, member areas not, and where the sitemap is', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const text = await res.text();
    expect(text).toBe(robotsTxt(PUBLIC_URL));
    expect(text).toMatch(/^User-agent: \*\nAllow: \/\n/);
    for (const path of ['/admin', '/account', '/my-', '/organisations/*/edit', '/graphql', '/api/'])
      expect(text).toContain(`\nDisallow: ${path}\n`);
    expect(text.trimEnd().split('\n').at(-1)).toBe(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
  });

  it('compresses GraphQL answers above 1 kB as the client accepts, and leaves small ones alone', async () => {
    const ask = (query: string, encoding: string) =>
      fetch(`${h.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
        body: JSON.stringify({ query }),
      });
    const page = 'organisations(first: 20) { edges { node { id name shortName description website } } }';
    const large = `{ a: ${page} b: ${page} c: ${page} d: ${page} fieldsOfAction { id labelDe labelEn } }`;
    const small = '{ me { id } }';
    const brotli = await ask(large, 'br, gzip');
    expect(brotli.headers.get('content-encoding')).toBe('br');
    const gzip = await ask(large, 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const body = JSON.stringify(await gzip.json());
    expect(body.length).toBeGreaterThan(1024);
    expect(body).toContain(fx.orgs.caritas.id);
    const plain = await ask(small, 'br, gzip');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.json()).toEqual({ data: { me: null } });
  });
});
