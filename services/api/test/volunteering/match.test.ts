import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseLabel } from '../support/database.js';
import { errorCode } from '../support/graphql-client.js';
import { type Harness, startHarness } from '../support/harness.js';
import { clients, seedVolunteering, type VolunteeringFixture } from './volunteering-fixture.js';

const MATCH = `query($input: VolunteerMatchInput!, $first: Int) { volunteerMatches(input: $input, first: $first) {
  score districtMatches anyDistrict timeFits matchedLanguages { code } matchedSkills opportunity { title organisation { name } }
} }`;
const SUGGEST = 'query($id: UUID!) { volunteerSuggestions(volunteerId: $id) { score opportunity { title } } }';

type Match = { score: number; opportunity: { title: string } };
const ranking = (matches: Match[]) => matches.map((m) => [m.opportunity.title, m.score]);

/**
 * The match on a fixture whose scores are worked out by hand (see
 * `matchWeights`): district 3 (citywide 1), 2 per shared language, 2 when the
 * time fits, 1 per shared skill; only open opportunities scoring above zero.
 */
describe(`"Was passt zu mir?" (${databaseLabel})`, () => {
  let h: Harness;
  let fx: VolunteeringFixture;
  let as: ReturnType<typeof clients>;

  beforeAll(async () => {
    h = await startHarness();
    fx = await seedVolunteering(h);
    as = clients(h, fx);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('ranks open opportunities by district, languages, time and skills, and says why', async () => {
    const input = {
      districtId: fx.refs.north.id,
      languageIds: [fx.refs.arabic.id],
      timeAvailable: 'WEEKLY',
      skills: ['geduld', ' Führerschein '],
    };
    const { volunteerMatches } = await (await as.visitor()).ok(MATCH, { input });
    const o = fx.opportunities;
    expect(ranking(volunteerMatches)).toEqual([
      // North 3 + Arabic 2 + weekly fits weekly 2 + Geduld 1.
      [o.lernpatenschaft.title, 8],
      // Citywide 1 + Arabic 2 + once fits 2 + Führerschein 1.
      [o.behoerden.title, 6],
      // Südstadt 0, German 0, occasionally fits 2.
      [o.sprachcafe.title, 2],
    ]);
    expect(volunteerMatches[0]).toMatchObject({
      districtMatches: true,
      anyDistrict: false,
      timeFits: true,
      matchedLanguages: [{ code: 'ar' }],
      matchedSkills: ['Geduld'],
      opportunity: { organisation: { name: 'Caritasverband Nordstadt' } },
    });
    expect(volunteerMatches[1]).toMatchObject({ districtMatches: false, anyDistrict: true, matchedSkills: ['Führerschein'] });
  });

  it('leaves out what fits in nothing, and what a reader may not see', async () => {
    const visitor = await as.visitor();
    expect((await visitor.ok(MATCH, { input: {} })).volunteerMatches).toEqual([]);
    const south = await visitor.ok(MATCH, { input: { districtId: fx.refs.south.id } });
    expect(ranking(south.volunteerMatches)).toEqual([
      [fx.opportunities.sprachcafe.title, 3],
      [fx.opportunities.behoerden.title, 1],
    ]);
    // Time alone: whoever has time only once fits only what needs it once.
    const once = await visitor.ok(MATCH, { input: { timeAvailable: 'ONCE' } });
    expect(ranking(once.volunteerMatches)).toEqual([[fx.opportunities.behoerden.title, 2]]);
    // Members see the open opportunities of internal and archived organisations as well; nobody is offered filled or closed ones.
    const member = await (await as.member()).ok(MATCH, { input: { timeAvailable: 'SEVERAL_TIMES_A_WEEK' } });
    const titles = member.volunteerMatches.map((m: Match) => m.opportunity.title);
    expect(titles).toEqual(expect.arrayContaining([fx.opportunities.internal.title, fx.opportunities.archived.title]));
    for (const gone of [fx.opportunities.filled, fx.opportunities.closed, fx.opportunities.expired])
      expect(titles).not.toContain(gone.title);
  });

  it('is bounded', async () => {
    const visitor = await as.visitor();
    const input = { districtId: fx.refs.north.id, timeAvailable: 'WEEKLY' };
    expect((await visitor.ok(MATCH, { input, first: 1 })).volunteerMatches).toHaveLength(1);
    for (const first of [0, 51]) expect(errorCode(await visitor.request(MATCH, { input, first })), String(first)).toBe('BAD_USER_INPUT');
    const skills = Array.from({ length: 21 }, (_, i) => `s${i}`);
    expect(errorCode(await visitor.request(MATCH, { input: { skills } }))).toBe('BAD_USER_INPUT');
  });

  it('suggests to editors and admins what fits a registered volunteer, without what they applied for', async () => {
    const { mona, lukas } = fx.volunteers;
    const editor = await as.editorCaritas();
    const { volunteerSuggestions } = await editor.ok(SUGGEST, { id: mona.id });
    // Mona: Nordstadt, Arabic and German, weekly, Geduld and Kochen; she applied for the Lernpatenschaft already.
    expect(ranking(volunteerSuggestions).slice(0, 2)).toEqual([
      [fx.opportunities.behoerden.title, 5],
      [fx.opportunities.sprachcafe.title, 4],
    ]);
    expect(volunteerSuggestions.map((m: Match) => m.opportunity.title)).not.toContain(fx.opportunities.lernpatenschaft.title);
    expect((await (await as.admin()).ok(SUGGEST, { id: lukas.id })).volunteerSuggestions.length).toBeGreaterThan(0);
    for (const role of ['visitor', 'member', 'editorCafe'] as const) {
      expect(errorCode(await (await as[role]()).request(SUGGEST, { id: mona.id })), role).toBe('NOT_FOUND');
    }
  });
});
