/** Splits "Geduld, Führerschein" into skills, as the API takes them: at most 20, of at most 60 characters, without repeats. */
export function splitSkills(text: string): string[] {
  const seen = new Set<string>();
  const skills: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const skill = raw.trim().replace(/\s+/g, ' ');
    const key = skill.toLocaleLowerCase('de');
    if (!skill || skill.length > 60 || seen.has(key)) continue;
    seen.add(key);
    skills.push(skill);
  }
  return skills.slice(0, 20);
}

/**
 * Attributes for text that exists in German only (opportunities, organisation
 * names, volunteers' notes): `lang="de"` and left-to-right when the UI shows
 * another language, nothing in a German UI.
 */
export const germanText = (uiLocale: string): { lang?: 'de'; dir?: 'ltr' } => (uiLocale === 'de' ? {} : { lang: 'de', dir: 'ltr' });
