/**
 * Fails (exit code 1) when a UI language's catalogue is missing or has ids
 * German lacks, or lacks ids German has. Runs before `vite build`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compareCatalogues, isComplete } from '../src/lib/i18n/catalogue-check.ts';
import { appLocales } from '../src/lib/i18n/locales.ts';

const dir = path.resolve(import.meta.dirname, '../src/lib/i18n');
const read = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), 'utf8')) as unknown;
const base = read('de');
const show = (ids: string[]) => (ids.length > 8 ? `${ids.slice(0, 8).join(', ')} … (${ids.length})` : ids.join(', '));

let failed = false;
for (const locale of appLocales.filter((l) => l !== 'de')) {
  if (!existsSync(path.join(dir, `${locale}.json`))) {
    console.error(`${locale}.json: missing — every UI language needs a complete catalogue`);
    failed = true;
    continue;
  }
  const problems = compareCatalogues(base, read(locale));
  if (isComplete(problems)) continue;
  failed = true;
  if (problems.missing.length) console.error(`${locale}.json lacks: ${show(problems.missing)}`);
  if (problems.extra.length) console.error(`${locale}.json has ids German does not: ${show(problems.extra)}`);
  if (problems.empty.length) console.error(`${locale}.json has empty texts: ${show(problems.empty)}`);
}
if (failed) {
  console.error('Message catalogues are incomplete (compared with de.json).');
  process.exit(1);
}
console.log(`Message catalogues complete: ${appLocales.join(', ')}.`);
