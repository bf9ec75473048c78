/** Today as YYYY-MM-DD (UTC), the day memberships, affiliations and due dates are judged on. */
export const today = () => new Date().toISOString().slice(0, 10);

/** A day some days after another (YYYY-MM-DD). */
export const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86400_000).toISOString().slice(0, 10);
