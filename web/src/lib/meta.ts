/**
 * A text cut to the length search results show of a meta description (about
 * 160 characters), at a word, with " …" where it was cut; whitespace runs
 * become single spaces.
 */
export function summary(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')} …`;
}
