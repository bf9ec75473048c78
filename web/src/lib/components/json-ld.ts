/** Characters that could end or confuse an inline script, as JSON escapes (the JSON stays equal). */
const unsafe: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * A schema.org object as a `<script type="application/ld+json">` element.
 * `<`, `>` and `&` are written as JSON escapes, so a description containing
 * `</script>` or `<!--` cannot end the element or open a comment; values that
 * JSON cannot carry (undefined, functions) and empty strings and lists are left out.
 */
export function jsonLdScript(data: Record<string, unknown>): string {
  const json = JSON.stringify({ '@context': 'https://schema.org', ...data }, (_key, value) =>
    value === '' || value === null || (Array.isArray(value) && value.length === 0) ? undefined : value,
  );
  return `<script type="application/ld+json">${json.replace(/[<>&\u2028\u2029]/g, (c) => unsafe[c] ?? c)}</script>`;
}
