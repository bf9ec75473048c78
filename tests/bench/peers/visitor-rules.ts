/**
 * What a visitor may read, as SQL conditions: the one home of these rules for
 * both peers (PostGraphile's `peer` views and the one-statement server). They
 * restate Verbund's services (organisation.search.ts, person.service.ts,
 * body.service.ts, membership.service.ts) for a visitor without a session.
 */

/** Verbund's `today()` is the UTC date, whatever the session's time zone. */
export const today = `(now() at time zone 'utc')::date`;

/** Organisation: public and not archived. */
export const visibleOrganisation = (o: string) => `${o}.visibility = 'PUBLIC' and ${o}.archived_at is null`;

/** Affiliation: current today (open ends allowed on both sides). */
export const currentAffiliation = (a: string) =>
  `(${a}.valid_from is null or ${a}.valid_from <= ${today}) and (${a}.valid_to is null or ${a}.valid_to >= ${today})`;

/** Person: not archived, with a current affiliation to a visible organisation. */
export const visiblePerson = (p: string) =>
  `${p}.archived_at is null and exists (select 1 from public.affiliation va join public.organisation vo on vo.id = va.organisation_id
     where va.person_id = ${p}.id and ${currentAffiliation('va')} and ${visibleOrganisation('vo')})`;

/** Body: public. */
export const visibleBody = (b: string) => `${b}.visibility = 'PUBLIC'`;

/** Body in the list of bodies: not ended (merged, dissolved, handed over). */
export const endedBody = (b: string) => `${b}.status::text in ('MERGED', 'DISSOLVED', 'HANDED_OVER')`;

/** Membership among today's members: started, not yet ended. */
export const currentMembership = (m: string) => `${m}.valid_from <= ${today} and (${m}.valid_to is null or ${m}.valid_to >= ${today})`;

/**
 * Verbund's search text to a German prefix query (organisation.search.ts
 * `toTsQuery`): letters and digits of up to ten words, each with `:*`.
 */
export function toTsQuery(search: string): string | null {
  const words = search
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, 10);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}
