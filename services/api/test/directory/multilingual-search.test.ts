import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementCounter } from '../../src/db/orm.js';
import { SqlReader } from '../../src/db/reader.js';
import { sql } from '../../src/db/sql.js';
import { matchNames, normalizeWord, normalizeWordSql, parseDirectoryQuery } from '../../src/modules/directory/directory-query.js';
import { OfferKind } from '../../src/modules/offer/offer.enums.js';
import { offerKindNames } from '../../src/modules/offer/offer.labels.js';
import { OrganisationKind, Sector, Visibility } from '../../src/modules/organisation/organisation.enums.js';
import { ReferenceKind } from '../../src/modules/reference/reference.entity.js';
import { UserRole } from '../../src/modules/user/user.entity.js';
import { demoFieldsOfAction, demoLanguages, demoTargetGroups } from '../../src/seed/demo-data.js';
import { Factory } from '../../src/seed/factories.js';
import { databaseLabel, emptyTables } from '../support/database.js';
import { type Harness, startHarness } from '../support/harness.js';

const OFFERS = `query($filter: OfferFilter) {
  offers(filter: $filter, first: 50) {
    totalCount
    edges { node { id title } }
    interpretation { languages { code nativeName } terms }
  }
}`;
const ORGANISATIONS = `query($filter: OrganisationFilter) {
  organisations(filter: $filter, first: 50) {
    totalCount
    edges { node { id name } }
    interpretation { languages { code } terms }
  }
}`;

/**
 * A small directory with offers and organisations translated into all six
 * languages, the vocabularies labelled in all six (the demo city's labels),
 * and one internal offer and organisation whose translations must never be
 * found by visitors.
 */
async function seed(h: Harness) {
  const em = h.orm.em.fork();
  await emptyTables(em);
  const f = new Factory(em, 5);
  const pick = <T extends { code: string }>(list: T[], codes: string[]) => list.filter((x) => codes.includes(x.code));
  const languages = Object.fromEntries(
    pick(demoLanguages, ['de', 'en', 'ar', 'fa', 'tr', 'uk', 'ru']).map((l, i) => [
      l.code,
      f.reference(ReferenceKind.LANGUAGE, { ...l, position: i }),
    ]),
  );
  const fields = Object.fromEntries(
    pick(demoFieldsOfAction, ['gesundheit', 'arbeit']).map((s) => [s.code, f.reference(ReferenceKind.FIELD_OF_ACTION, s)]),
  );
  const groups = Object.fromEntries(
    pick(demoTargetGroups, ['frauen', 'familien']).map((s) => [s.code, f.reference(ReferenceKind.TARGET_GROUP, s)]),
  );
  const l = (...codes: string[]) => codes.map((c) => languages[c] as NonNullable<(typeof languages)[string]>);

  const centre = f.organisation({
    name: 'Beratungszentrum Mitte',
    kind: OrganisationKind.WELFARE_ASSOCIATION,
    sector: Sector.WELFARE,
    description: 'Beratung für Geflüchtete in allen Lebenslagen.',
    languages: l('ar', 'de'),
  });
  f.organisationTranslation(centre, 'ar', { name: 'مركز الاستشارات', description: 'استشارة للاجئين في جميع مجالات الحياة.' });
  f.organisationTranslation(centre, 'en', { description: 'Counselling for refugees in every situation of life.' });
  f.organisationTranslation(centre, 'uk', { description: 'Консультації для біженців у всіх життєвих ситуаціях.' });
  const meeting = f.organisation({
    name: 'Nachbarschaftstreff Süd',
    kind: OrganisationKind.VOLUNTEER_INITIATIVE,
    sector: Sector.CIVIL_SOCIETY,
    description: 'Offener Treff mit Beratung am Mittwoch.',
    languages: l('tr', 'de'),
  });
  f.organisationTranslation(meeting, 'tr', { description: 'Komşuluk buluşması ve çarşamba günleri danışma.' });
  f.organisationTranslation(meeting, 'fa', { description: 'محل دیدار همسایگان با مشاوره در روزهای چهارشنبه.' });
  const hiddenOrg = f.organisation({
    name: 'Interne Runde',
    kind: OrganisationKind.MUNICIPAL_DEPARTMENT,
    sector: Sector.PUBLIC_ADMINISTRATION,
    visibility: Visibility.INTERNAL,
    languages: l('ar'),
  });
  f.organisationTranslation(hiddenOrg, 'ar', { description: 'استشارة داخلية سرية.' });

  const offer = (title: string, kind: OfferKind, data: Parameters<Factory['offer']>[1] = {}, organisation = centre) =>
    f.offer(organisation, { title, kind, ...data });
  const social = offer('Sozialberatung', OfferKind.COUNSELLING, {
    description: 'Hilfe bei Anträgen und Behördenpost.',
    languages: l('ar', 'de'),
  });
  f.offerTranslation(social, 'ar', { title: 'استشارة اجتماعية', description: 'مساعدة في الطلبات والرسائل الرسمية.' });
  const family = offer(
    'Beratung für Familien',
    OfferKind.COUNSELLING,
    { languages: l('tr'), targetGroups: [groups.familien as never] },
    meeting,
  );
  f.offerTranslation(family, 'tr', { title: 'Aile danışmanlığı', description: 'Çocuklu aileler için destek.' });
  const course = offer('Deutschkurs für Anfänger', OfferKind.LANGUAGE_COURSE, { languages: l('uk', 'de') });
  f.offerTranslation(course, 'uk', { title: 'Курс німецької мови для початківців', description: 'Заняття щопонеділка у центрі міста.' });
  const cafe = offer('Sprachcafé International', OfferKind.LANGUAGE_CAFE, { languages: l('fa', 'de') }, meeting);
  f.offerTranslation(cafe, 'fa', { title: 'کافه زبان بین‌المللی', description: 'گفتگو به زبان آلمانی با چای و شیرینی.' });
  const health = offer('Gesundheitssprechstunde', OfferKind.HEALTH, { languages: l('en'), fieldsOfAction: [fields.gesundheit as never] });
  f.offerTranslation(health, 'en', {
    title: 'Health consultation hours',
    description: 'Nurses answer questions about vaccinations and doctors.',
  });
  const swimming = offer('Schwimmen am Abend', OfferKind.LEISURE, { languages: l('de'), targetGroups: [groups.frauen as never] }, meeting);
  const hidden = offer('Interne Fallberatung', OfferKind.COUNSELLING, { visibility: Visibility.INTERNAL, languages: l('ar') });
  f.offerTranslation(hidden, 'ar', { title: 'استشارة داخلية', description: 'مساعدة سرية.' });
  await f.user({ email: 'admin@search.example', displayName: 'Admin', role: UserRole.ADMIN, password: 'correct horse battery' });
  await em.flush();
  em.clear();
  return {
    languages,
    fields,
    orgs: { centre, meeting, hiddenOrg },
    offers: { social, family, course, cafe, health, swimming, hidden },
  };
}

describe(`search in six languages (${databaseLabel})`, () => {
  let h: Harness;
  let fx: Awaited<ReturnType<typeof seed>>;
  beforeAll(async () => {
    h = await startHarness();
    fx = await seed(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  const offerTitles = async (search: string, filter: Record<string, unknown> = {}) => {
    const data = await h.client().ok(OFFERS, { filter: { search, ...filter } });
    return data.offers.edges.map((e: { node: { title: string } }) => e.node.title).sort();
  };
  const orgNames = async (search: string, filter: Record<string, unknown> = {}) => {
    const data = await h.client().ok(ORGANISATIONS, { filter: { search, ...filter } });
    return data.organisations.edges.map((e: { node: { name: string } }) => e.node.name).sort();
  };

  it.each([
    ['de', 'Behördenpost', 'Sozialberatung'],
    ['en', 'vaccination', 'Gesundheitssprechstunde'],
    ['en', 'nurse', 'Gesundheitssprechstunde'],
    ['ar', 'مساعدة', 'Sozialberatung'],
    ['ar', 'الرسمية', 'Sozialberatung'],
    ['fa', 'شیرینی', 'Sprachcafé International'],
    ['tr', 'destek', 'Beratung für Familien'],
    ['tr', 'ailelere', 'Beratung für Familien'],
    ['uk', 'початківців', 'Deutschkurs für Anfänger'],
    ['uk', 'заняття', 'Deutschkurs für Anfänger'],
  ])('a word in %s (%s) finds the offer whose text in that language matches', async (_locale, word, title) => {
    expect(await offerTitles(word)).toEqual([title]);
  });

  it('finds counselling offers by the English name of their kind, and the Arabic-translated one by "استشارة"', async () => {
    expect(await offerTitles('counselling')).toEqual(['Beratung für Familien', 'Sozialberatung']);
    expect(await offerTitles('counseling')).toEqual(['Beratung für Familien', 'Sozialberatung']);
    const arabic = await offerTitles('استشارة');
    expect(arabic).toContain('Sozialberatung');
    expect(arabic).not.toContain('Interne Fallberatung');
    expect(await offerTitles('Danışmanlık')).toEqual(['Beratung für Familien', 'Sozialberatung']);
    expect(await offerTitles('консультація')).toEqual(['Beratung für Familien', 'Sozialberatung']);
    expect(await offerTitles('Sprachkurse')).toEqual(['Deutschkurs für Anfänger']);
  });

  it('finds offers by the names of their fields of action and target groups in any language', async () => {
    expect(await offerTitles('women')).toEqual(['Schwimmen am Abend']);
    expect(await offerTitles('النساء')).toEqual(['Schwimmen am Abend']);
    expect(await offerTitles('Kadınlar')).toEqual(['Schwimmen am Abend']);
    expect(await offerTitles('Жінки')).toEqual(['Schwimmen am Abend']);
    expect(await offerTitles('Sağlık')).toEqual(['Gesundheitssprechstunde']);
    expect(await offerTitles('سلامت')).toEqual(['Gesundheitssprechstunde']);
  });

  it('reads "Beratung arabisch" as "Beratung" with the Arabic language filter', async () => {
    const combined = await h.client().ok(OFFERS, { filter: { search: 'Beratung arabisch' } });
    const filtered = await h.client().ok(OFFERS, { filter: { search: 'Beratung', languageIds: [fx.languages.ar?.id] } });
    expect(combined.offers.edges).toEqual(filtered.offers.edges);
    expect(combined.offers.totalCount).toBe(1);
    expect(combined.offers.edges[0].node.title).toBe('Sozialberatung');
    expect(combined.offers.interpretation).toEqual({ languages: [{ code: 'ar', nativeName: 'العربية' }], terms: ['Beratung'] });
    expect(filtered.offers.interpretation).toEqual({ languages: [], terms: ['Beratung'] });
    // Without the language word, both counselling offers.
    expect(await offerTitles('Beratung')).toEqual(['Beratung für Familien', 'Sozialberatung']);
  });

  it.each([
    ['arabisch', 'ar'],
    ['arabische', 'ar'],
    ['Arabic', 'ar'],
    ['عربي', 'ar'],
    ['العربية', 'ar'],
    ['Arapça', 'ar'],
    ['арабська', 'ar'],
    ['عربی', 'ar'],
    ['farsi', 'fa'],
    ['persisch', 'fa'],
    ['Persian', 'fa'],
    ['فارسی', 'fa'],
    ['türkisch', 'tr'],
    ['Turkish', 'tr'],
    ['Türkçe', 'tr'],
    ['ukrainisch', 'uk'],
    ['Ukrainian', 'uk'],
    ['українська', 'uk'],
    ['russisch', 'ru'],
    ['englisch', 'en'],
  ])('"%s" acts as the filter for %s', async (word, code) => {
    const data = await h.client().ok(OFFERS, { filter: { search: word } });
    expect(data.offers.interpretation).toEqual({ languages: [expect.objectContaining({ code })], terms: [] });
    const filtered = await h.client().ok(OFFERS, { filter: { languageIds: [fx.languages[code]?.id] } });
    expect(data.offers.edges).toEqual(filtered.offers.edges);
  });

  it('combines a language word with the chosen languages and with other words', async () => {
    // Arabic named, Turkish chosen: either language.
    const either = await offerTitles('Beratung Arapça', { languageIds: [fx.languages.tr?.id] });
    expect(either).toEqual(['Beratung für Familien', 'Sozialberatung']);
    const data = await h.client().ok(OFFERS, { filter: { search: 'Sprachcafé فارسی' } });
    expect(data.offers.interpretation).toEqual({ languages: [expect.objectContaining({ code: 'fa' })], terms: ['Sprachcafé'] });
    expect(data.offers.edges.map((e: any) => e.node.title)).toEqual(['Sprachcafé International']);
    // Words that match nowhere find nothing; the language word stays a filter.
    expect(await offerTitles('Fahrradwerkstatt arabisch')).toEqual([]);
  });

  it('interprets organisations the same way and searches their translations', async () => {
    expect(await orgNames('Beratung')).toEqual(['Beratungszentrum Mitte', 'Nachbarschaftstreff Süd']);
    expect(await orgNames('Beratung arabisch')).toEqual(['Beratungszentrum Mitte']);
    expect(await orgNames('Beratung', { languageIds: [fx.languages.ar?.id] })).toEqual(['Beratungszentrum Mitte']);
    const data = await h.client().ok(ORGANISATIONS, { filter: { search: 'Beratung عربي' } });
    expect(data.organisations.interpretation).toEqual({ languages: [{ code: 'ar' }], terms: ['Beratung'] });
    expect(await orgNames('Arapça')).toEqual(['Beratungszentrum Mitte']);
    expect(await orgNames('Türkçe')).toEqual(['Nachbarschaftstreff Süd']);
    expect(await orgNames('refugees')).toEqual(['Beratungszentrum Mitte']);
    expect(await orgNames('استشارة')).toEqual(['Beratungszentrum Mitte']);
    expect(await orgNames('біженців')).toEqual(['Beratungszentrum Mitte']);
    expect(await orgNames('Komşuluk')).toEqual(['Nachbarschaftstreff Süd']);
    expect(await orgNames('همسایگان')).toEqual(['Nachbarschaftstreff Süd']);
    // Members find the internal one by its translation too.
    const member = await h.client();
    const none = await member.ok(ORGANISATIONS, { filter: { search: 'داخلية' } });
    expect(none.organisations.totalCount).toBe(0);
  });

  it('answers a search in one statement, facets in one more, however much it finds', async () => {
    const query = `query($filter: OfferFilter) { offers(filter: $filter, first: 20) { totalCount edges { node { id title } } interpretation { languages { code } terms } } }`;
    const withFacets = `query($filter: OfferFilter) { offers(filter: $filter, first: 20) { totalCount interpretation { terms } facets { kinds { value count } languages { value count } } } }`;
    const orgQuery = `query($filter: OrganisationFilter) { organisations(filter: $filter, first: 20) { totalCount edges { node { id name } } interpretation { languages { code } terms } facets { kinds { value count } } } }`;
    const count = async (q: string, search: string) => {
      // After seeding, a kept-alive connection may have just been closed by the server: a read-only warm-up absorbs that.
      await h
        .client()
        .request('{ __typename }')
        .catch(() => undefined);
      const before = statementCounter.count;
      const res = await h.client().request(q, { filter: { search } });
      expect(res.errors).toBeUndefined();
      return statementCounter.count - before;
    };
    const measure = async () => [
      await count(query, 'Beratung arabisch'),
      await count(query, 'counselling women Sağlık'),
      await count(withFacets, 'Beratung arabisch'),
      await count(orgQuery, 'Beratung عربي'),
      await count(query, 'Fahrradwerkstatt'),
    ];
    const small = await measure();
    expect(small).toEqual([1, 1, 2, 2, 1]);
    const em = h.orm.em.fork();
    const f = new Factory(em, 9);
    for (let i = 0; i < 40; i++) {
      const org = f.organisation({
        name: `Beratungsverein ${i}`,
        description: 'Beratung und Begleitung',
        kind: OrganisationKind.ASSOCIATION,
        sector: Sector.CIVIL_SOCIETY,
      });
      const o = f.offer(org, { title: `Beratung ${i}`, kind: OfferKind.COUNSELLING });
      f.offerTranslation(o, 'ar', { title: `استشارة ${i}` });
    }
    await em.flush();
    expect(await measure()).toEqual(small);
    expect((await h.client().ok(OFFERS, { filter: { search: 'استشارة' } })).offers.totalCount).toBeGreaterThan(40);
    // Leave the fixture as it was for the other tests of the file.
    await em.execute(`delete from organisation where name like 'Beratungsverein %'`);
  });

  it('counts without reading a page when only the total is asked for (the other tab’s count), with the same totals', async () => {
    const query = `query($filter: OfferFilter, $list: Boolean!) {
      offers(filter: $filter, first: 5) { totalCount ...Page @include(if: $list) }
      organisations(filter: { search: "Beratung" }, first: 5) { totalCount edges @skip(if: true) { node { id } } }
    }
    fragment Page on OfferConnection { edges { node { id } } interpretation { terms } }`;
    for (const search of ['Beratung', 'Beratung arabisch', 'استشارة', 'Fahrradwerkstatt', 'gibt es nicht']) {
      const full = await h.client().ok(query, { filter: { search }, list: true });
      const counted = await h.client().ok(query, { filter: { search }, list: false });
      expect(counted.offers.totalCount, search).toBe(full.offers.totalCount);
      expect(counted.offers.edges, search).toBeUndefined();
      expect(counted.organisations.totalCount, search).toBe(full.organisations.totalCount);
    }
    const beratung = await h.client().ok(query, { filter: { search: 'Beratung' }, list: false });
    expect(beratung.offers.totalCount).toBeGreaterThan(0);
    expect(beratung.organisations.totalCount).toBeGreaterThan(0);
  });

  it('takes labels in all six languages and native names in the reference admin mutations, and recognises a new language at once', async () => {
    const admin = await h.client().login('admin@search.example');
    const FIELDS = 'id code labelDe labelEn labelAr labelFa labelTr labelUk ... on Language { nativeName }';
    const { createReferenceEntry: somali } = await admin.ok(
      `mutation($input: ReferenceEntryInput!) { createReferenceEntry(kind: LANGUAGE, input: $input) { ${FIELDS} } }`,
      {
        input: {
          code: 'so',
          labelDe: 'Somali',
          labelEn: 'Somali',
          labelAr: 'الصومالية',
          labelFa: 'سومالیایی',
          labelTr: 'Somalice',
          labelUk: 'Сомалі',
          nativeName: 'Soomaali',
        },
      },
    );
    expect(somali).toMatchObject({ labelAr: 'الصومالية', labelTr: 'Somalice', nativeName: 'Soomaali' });
    const data = await h.client().ok(OFFERS, { filter: { search: 'Beratung Soomaali' } });
    expect(data.offers.interpretation).toEqual({ languages: [{ code: 'so', nativeName: 'Soomaali' }], terms: ['Beratung'] });
    expect(data.offers.totalCount).toBe(0);
    // On update, labels left out stay; null clears one.
    const { updateReferenceEntry: updated } = await admin.ok(
      `mutation($id: UUID!, $input: ReferenceEntryInput!) { updateReferenceEntry(kind: LANGUAGE, id: $id, input: $input) { ${FIELDS} } }`,
      { id: somali.id, input: { code: 'so', labelDe: 'Somalisch', labelEn: 'Somali', labelUk: null } },
    );
    expect(updated).toMatchObject({ labelDe: 'Somalisch', labelAr: 'الصومالية', labelUk: null, nativeName: 'Soomaali' });
    const wrong = await admin.request(
      'mutation { createReferenceEntry(kind: DISTRICT, input: { code: "ost", labelDe: "Oststadt", labelEn: "East", nativeName: "Ost" }) { id } }',
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nativeName' });
    const { districts } = await admin.ok('{ districts { code } }');
    expect(districts).toEqual([]);
    // An entry offers use cannot be deleted.
    const used = await admin.request('mutation($id: UUID!) { deleteReferenceEntry(kind: FIELD_OF_ACTION, id: $id) }', {
      id: fx.fields.gesundheit?.id,
    });
    expect(used.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REFERENCE_IN_USE' });
    expect(
      (await admin.ok('mutation($id: UUID!) { deleteReferenceEntry(kind: LANGUAGE, id: $id) }', { id: somali.id })).deleteReferenceEntry,
    ).toBe(true);
  });

  it('normalises language names alike in JavaScript and in SQL', async () => {
    const words = demoLanguages.flatMap((l) =>
      [l.labelDe, l.labelEn, l.labelAr, l.labelFa, l.labelTr, l.labelUk, l.nativeName]
        .filter((x): x is string => !!x)
        .flatMap((x) => x.split(/[()/,;\s]+/))
        .filter((x) => x.length >= 3),
    );
    const reader = new SqlReader(h.orm.em.fork());
    const [row] = await reader.rows<{ normal: string[] }>(
      sql`select array(select ${normalizeWordSql(sql`w`)} from unnest(${words}::text[]) with ordinality as t(w, n) order by n) as normal`,
    );
    expect(row?.normal).toEqual(words.map((w) => normalizeWord(w)));
    expect(normalizeWord('العربية')).toBe(normalizeWord('عربي'));
    expect(normalizeWord('arabischen')).toBe('arabisch');
    expect(normalizeWord('арабською')).toBe(normalizeWord('Арабська'));
  });

  it('reads the words of a search: letters and digits only, at most ten, kinds by name', () => {
    const q = parseDirectoryQuery("Beratung'); drop table -- & | استشارة a", offerKindNames);
    expect(q?.words.map((w) => w.word)).toEqual(['Beratung', 'drop', 'table', 'استشارة', 'a']);
    expect(q?.words.find((w) => w.word === 'a')?.stop).toBe(true);
    expect(q?.words[0]?.kinds).toEqual([OfferKind.COUNSELLING]);
    expect(parseDirectoryQuery(' !&| ')).toBeUndefined();
    expect(parseDirectoryQuery(Array.from({ length: 15 }, (_, i) => `w${i}`).join(' '))?.words).toHaveLength(10);
    expect(matchNames(offerKindNames, 'Kinderbetreuung')).toEqual([OfferKind.CHILDCARE]);
    expect(matchNames(offerKindNames, 'und')).toEqual([]);
  });
});
