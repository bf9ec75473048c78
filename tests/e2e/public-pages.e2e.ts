import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, organisationId } from '../support/api.ts';
import { type BrowserSession, launchBrowser, screenshot, seriousA11yViolations } from '../support/browser.ts';
import { repoRoot, type StartedVerbund, startVerbund } from '../support/server.ts';

const ORGANISATION = 'Caritasverband Lindenau e. V.';
/** Profiles whose words are longer than a small phone is wide. */
const LONG_NAMES = ['Antidiskriminierungsbüro Lindenau e. V.', 'Gemeindedolmetscherdienst Lindenau gGmbH'];
const catalogue = (locale: string) => JSON.parse(readFileSync(path.join(repoRoot, 'web/src/lib/i18n', `${locale}.json`), 'utf8'));

/** What a client without JavaScript (a search engine, a messenger's link preview) gets. */
async function fetchPage(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers: { 'accept-encoding': 'identity', ...headers } });
  return { res, html: await res.text() };
}

const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

describe('public pages are server-rendered, findable and fast', () => {
  let server: StartedVerbund;
  let browser: BrowserSession;
  let orgId: string;
  let orgUrl: string;

  beforeAll(async () => {
    server = await startVerbund();
    browser = await launchBrowser();
    orgId = await organisationId(server.url, ORGANISATION);
    orgUrl = `${server.url}/organisations/${orgId}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('renders an organisation profile on the server: title, description, canonical address and JSON-LD', async () => {
    const { res, html } = await fetchPage(orgUrl, { 'accept-language': 'de-DE,de;q=0.9' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(html).toMatch(/<html lang="de" dir="ltr">/);
    expect(html).toContain(`<title>${ORGANISATION} – Verbund</title>`);
    expect(html).toMatch(new RegExp(`<h1[^>]*>(<[^>]+>)*${ORGANISATION.replace(/\./g, '\\.')}`));
    const description = attribute(html, /<meta name="description" content="([^"]*)"/);
    expect(description?.length).toBeGreaterThan(40);
    expect(description?.length).toBeLessThanOrEqual(160);
    expect(attribute(html, /<link rel="canonical" href="([^"]*)"/)).toBe(orgUrl);
    expect(attribute(html, /<meta property="og:title" content="([^"]*)"/)).toBe(ORGANISATION);
    // The content is there at once: nothing announces "loading".
    expect(html).not.toContain(catalogue('de').common.loading);

    const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1] as string));
    expect(scripts).toHaveLength(1);
    const data = scripts[0];
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Organization');
    expect(data.name).toBe(ORGANISATION);
    expect(data['@id']).toBe(orgUrl);
    expect(data.address).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'DE' });
    expect(data.address.addressLocality).toBeTruthy();
    expect(typeof data.description).toBe('string');
    expect(data.email ?? data.telephone).toBeTruthy();
  });

  it('answers HTTP 404 with a page in the visitor’s language for an unknown or malformed organisation', async () => {
    const unknown = await fetchPage(`${server.url}/organisations/00000000-0000-4000-8000-000000000000`);
    expect(unknown.res.status).toBe(404);
    expect(unknown.res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(unknown.html).toContain(`<title>${catalogue('de').organisation.notFoundTitle} – Verbund</title>`);
    expect(unknown.html).toContain(catalogue('de').organisation.notFoundText);

    const arabic = await fetchPage(`${server.url}/organisations/00000000-0000-4000-8000-000000000000`, { 'accept-language': 'ar' });
    expect(arabic.res.status).toBe(404);
    expect(arabic.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic.html).toContain(catalogue('ar').organisation.notFoundTitle);

    const malformed = await fetchPage(`${server.url}/organisations/not-an-id`);
    expect(malformed.res.status).toBe(404);
  });

  it('hides internal organisations from visitors: 404, and not in the sitemap', async () => {
    const login = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "admin@verbund.example", password: "verbund-demo") { id } }' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const data = await graphql(server.url, '{ organisations(first: 100) { edges { node { id visibility } } } }', {}, cookie);
    const internal = data.organisations.edges.find((e: any) => e.node.visibility === 'INTERNAL')?.node.id as string;
    expect(internal).toBeTruthy();

    expect((await fetchPage(`${server.url}/organisations/${internal}`)).res.status).toBe(404);
    // The member who may see it gets it rendered, as the API answers them.
    const asAdmin = await fetchPage(`${server.url}/organisations/${internal}`, { cookie });
    expect(asAdmin.res.status).toBe(200);

    const sitemap = await fetchPage(`${server.url}/sitemap.xml`);
    expect(sitemap.html).toContain(`<loc>${orgUrl}</loc>`);
    expect(sitemap.html).not.toContain(internal);
  });

  it('serves a real robots.txt and a sitemap of the public pages', async () => {
    const robots = await fetchPage(`${server.url}/robots.txt`);
    expect(robots.res.status).toBe(200);
    expect(robots.res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(robots.html).toMatch(/^User-agent: \*$/m);
    expect(robots.html).toMatch(/^Allow: \/$/m);
    for (const path of ['/admin', '/account', '/my-', '/steering', '/organisations/*/edit'])
      expect(robots.html).toContain(`Disallow: ${path}\n`);
    expect(robots.html).toContain(`Sitemap: ${server.url}/sitemap.xml`);

    const sitemap = await fetchPage(`${server.url}/sitemap.xml`);
    expect(sitemap.res.status).toBe(200);
    expect(sitemap.res.headers.get('content-type')).toMatch(/^application\/xml/);
    expect(sitemap.html).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    const locations = [...sitemap.html.matchAll(/<url><loc>([^<]+)<\/loc>(<lastmod>\d{4}-\d{2}-\d{2}<\/lastmod>)?<\/url>/g)];
    expect(locations.length).toBeGreaterThan(200);
    expect(locations.some((m) => m[1] === `${server.url}/`)).toBe(true);
    expect(locations.filter((m) => m[1]?.includes('/organisations/')).every((m) => m[2])).toBe(true);
  });

  it('picks the language from Accept-Language on a first visit and from the cookie after a choice', async () => {
    const arabic = await fetchPage(orgUrl, { 'accept-language': 'ar-SY,ar;q=0.9,en;q=0.5' });
    expect(arabic.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic.html).toContain(catalogue('ar').layout.skipLink);
    expect(arabic.html).toContain(catalogue('ar').organisation.contact);

    const chosen = await fetchPage(orgUrl, { 'accept-language': 'ar', cookie: 'verbund-locale=uk' });
    expect(chosen.html).toMatch(/<html lang="uk" dir="ltr">/);
    expect(chosen.html).toContain(catalogue('uk').layout.skipLink);

    const unknown = await fetchPage(orgUrl, { 'accept-language': 'fr-FR, pl;q=0.8' });
    expect(unknown.html).toMatch(/<html lang="de" dir="ltr">/);
  });

  it('switches the language by keyboard, remembers it in the cookie and keeps <html lang dir> in step', async () => {
    const { page, context } = await browser.newPage();
    await page.goto(orgUrl);
    await page.getByRole('heading', { name: ORGANISATION, level: 1 }).waitFor();
    const toggle = page.getByRole('button', { name: /Sprache/ });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const arabic = page.getByRole('button', { name: /العربية/ });
    expect(await arabic.getAttribute('lang')).toBe('ar');
    // Tab through the list to Arabic (Deutsch, English, العربية).
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('lang'))).toBe('ar');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByText(catalogue('ar').organisation.contact, { exact: true }).waitFor();
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === 'verbund-locale')?.value).toBe('ar');
    // Focus returned to the switcher, and the list is closed.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await screenshot(page, 'organisation-rtl');

    // The next page comes from the server in Arabic, whatever the browser's own language (de-DE here).
    const response = await page.reload();
    expect(await response?.text()).toMatch(/<html lang="ar" dir="rtl">/);

    // Escape closes the list without choosing.
    await page.getByRole('button', { name: /اللغة|Sprache/ }).click();
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await context.close();
  });

  it('hydrates the server-rendered profile without asking the API again', async () => {
    const { page, context } = await browser.newPage();
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST') operations.push(request.postData() ?? '');
    });
    await page.goto(orgUrl, { waitUntil: 'networkidle' });
    expect(operations.filter((body) => body.includes('OrganisationDetail'))).toEqual([]);
    // The page is live: the skip link and the switcher work.
    await page.getByRole('button', { name: /Sprache/ }).click();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: catalogue('en').organisation.contact, level: 2, exact: true }).waitFor();
    await context.close();
  });

  it('moves focus to the new page’s heading after a client-side navigation', async () => {
    const { page, context } = await browser.newPage();
    // Once the page is hydrated, links navigate in the page (before, they load the next one).
    await page.goto(orgUrl, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: catalogue('de').organisation.backToDirectory }).click();
    await page.waitForURL(`${server.url}/`);
    const directory = page.getByRole('heading', { level: 1 });
    await directory.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    // From the directory's results to a profile: the profile's heading gets focus, and its way back keeps the search.
    await page.goto(`${server.url}/?q=Caritasverband&tab=organisations`, { waitUntil: 'networkidle' });
    await page.locator(`main a[href^="/organisations/${orgId}"]`).first().click();
    await page.waitForURL((url) => url.pathname === `/organisations/${orgId}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(ORGANISATION);
    await page.getByRole('link', { name: catalogue('de').organisation.backToDirectory }).click();
    await page.waitForURL(/\?.*q=Caritasverband/);

    // To a page that loads its data in the browser (the bodies): focus goes to its heading once it is there.
    await page.goto(orgUrl, { waitUntil: 'networkidle' });
    await page
      .getByRole('navigation', { name: catalogue('de').nav.label })
      .getByRole('link', { name: catalogue('de').nav.bodies })
      .click();
    await page.waitForURL(`${server.url}/bodies`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await context.close();
  });

  it('has no serious accessibility violations on the profile, left to right and right to left', async () => {
    for (const locale of ['de-DE', 'ar']) {
      const { page, context } = await browser.newPage(locale);
      await page.goto(orgUrl);
      await page.getByRole('heading', { name: ORGANISATION, level: 1 }).waitFor();
      expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
      expect(await seriousA11yViolations(page)).toEqual([]);
      // No sideways scrolling on a small phone, also with long German compounds in the name and lists.
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      for (const name of LONG_NAMES) {
        await page.goto(`${server.url}/organisations/${await organisationId(server.url, name)}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(320);
      }
      await context.close();
    }
  });

  it('serves hashed assets with a year’s immutable caching, pre-compressed as the client accepts', async () => {
    const { html } = await fetchPage(orgUrl);
    const asset = /\/_app\/immutable\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const brotli = await fetch(`${server.url}${asset}`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(brotli.status).toBe(200);
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('cache-control')?.replace(/\s/g, '')).toBe('public,max-age=31536000,immutable');
    expect(brotli.headers.get('vary')).toMatch(/Accept-Encoding/i);
    const gzip = await fetch(`${server.url}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await fetch(`${server.url}${asset}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    // fetch decodes: all three are the same script.
    expect(await brotli.text()).toBe(await plain.text());

    const page = await fetch(orgUrl, { headers: { 'accept-encoding': 'br' } });
    expect(page.headers.get('content-encoding')).toBe('br');
  });

  it('compresses large GraphQL answers, and not small ones', async () => {
    const ask = (query: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
        body: JSON.stringify({ query }),
      });
    const large = await ask('{ organisations(first: 50) { edges { node { id name description } } } }');
    expect(large.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
    expect(((await large.json()) as any).data.organisations.edges).toHaveLength(50);
    const small = await ask('{ me { id } }');
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.json()).toEqual({ data: { me: null } });
  });
});
