import { type Sql, sql } from '../../db/sql.js';
import { type Locale, locales, textSearchConfig } from '../../shared/locales.js';
import { extraStopWords, languageAliases } from './language-words.js';

/**
 * How the directory reads a search text, shared by `organisations(filter)` and
 * `offers(filter)`:
 * - words naming a language in any of the six languages ("arabisch",
 *   "Arabic", "عربي", "Arapça", "арабська") become a language filter and leave
 *   the text search;
 * - every other word must match somewhere: the German base text (german
 *   configuration), a translation in its own language's configuration, or the
 *   name of a vocabulary entry (field of action, target group, district, and
 *   for offers their kind) in any language; always as a prefix.
 *
 * Which words name a language is decided by the database in the search's own
 * statement, from the labels of the language vocabulary (so a language the
 * coordination office adds is recognised at once) and the aliases in
 * `language-words.ts`; the statement count does not change.
 */

/** At most this many words of a search are read; the rest is ignored. */
export const MAX_SEARCH_WORDS = 10;

export interface SearchWord {
  /** 1-based position in the search. */
  pos: number;
  /** The word as typed, with everything but letters and digits removed. */
  word: string;
  /** Its prefix query for `to_tsquery`: `word:*`. */
  query: string;
  /** ISO codes of languages it names by one of the aliases. */
  codes: string[];
  /** Values of the kind vocabulary in code whose name it matches (offers only). */
  kinds: string[];
  /** A stop word of its own (see `extraStopWords`) or a single letter: never a text condition. */
  stop: boolean;
}

export interface DirectoryQuery {
  words: SearchWord[];
  /** All words as one OR query, for ranking. */
  rank: string;
}

/**
 * Normalisation of a single word for comparing names: lower case, the
 * Arabic-script letters Arabic and Farsi write differently made one, the
 * Arabic article and the endings of adjectives (German -isch-e/-en…,
 * Ukrainian -ськ-а/-ою…, Russian -ск-ий…, Arabic and Farsi -ي/-ية/-ی) taken
 * off, so "العربية", "عربي" and "عربی" compare equal, as do "arabische" and
 * "arabisch", "арабською" and "арабська". Written once as regular
 * expressions that JavaScript and PostgreSQL read alike.
 */
const wordRules: readonly [pattern: string, replacement: string][] = [
  ['^(ال|بال|وال|لل|فال|کال)(..)', '$2'],
  ['(یه|یة|ة|ی)$', ''],
  ['(isch|sch)(e|en|er|es|em)$', '$1'],
  ['(ськ)(а|ою|ий|ої|ій|ому|ого|і|у|им|их|е)$', '$1'],
  ['(ск)(ий|ая|ое|ой|ом|ую|ие)$', '$1'],
];
const letterFrom = 'يىكأإآ';
const letterTo = 'ییکااا';

/** `normalizeWord` in JavaScript, for the aliases and the kinds' names in code; `light` keeps the endings. */
export function normalizeWord(word: string, light = false): string {
  let w = word
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u0307/g, '');
  for (let i = 0; i < letterFrom.length; i++) w = w.replaceAll(letterFrom[i] as string, letterTo[i] as string);
  for (const [pattern, replacement] of light ? wordRules.slice(0, 1) : wordRules) w = w.replace(new RegExp(pattern, 'u'), replacement);
  return w;
}

/** `normalizeWord` in SQL, for the labels stored with the language vocabulary. */
export function normalizeWordSql(expression: Sql): Sql {
  let w = sql`translate(lower(${expression}), ${letterFrom}, ${letterTo})`;
  for (const [pattern, replacement] of wordRules) w = sql`regexp_replace(${w}, ${pattern}, ${replacement.replace(/\$(\d)/g, '\\$1')})`;
  return w;
}

const aliasCodes: ReadonlyMap<string, readonly string[]> = (() => {
  const byWord = new Map<string, string[]>();
  for (const [code, words] of Object.entries(languageAliases)) {
    for (const alias of words) {
      const key = normalizeWord(alias.replace(/[^\p{L}\p{N}]/gu, ''));
      byWord.set(key, [...(byWord.get(key) ?? []), code]);
    }
  }
  return byWord;
})();

/** Turns free text into the words of a search: letters and digits only, so user text can never break a query. */
export function searchWords(search: string | null | undefined): string[] {
  return (search ?? '')
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, MAX_SEARCH_WORDS);
}

/** Names of the values of a vocabulary kept in code (the kinds of offers), in all six languages. */
export type NameTable = Readonly<Record<string, Readonly<Record<Locale, string>> & { aliases?: readonly string[] }>>;

/** Words of names that say nothing about the value ("und" in "Arbeit und Ausbildung"). */
const joiningWords = new Set(['und', 'and', 'the', 'for', 'für', 'von', 'mit', 'ile', 'від', 'для']);

/** Both forms of a word (with and without its ending), each at least three letters long. */
const forms = (word: string) => {
  const bare = word.replace(/[^\p{L}\p{N}]/gu, '');
  return [...new Set([normalizeWord(bare, true), normalizeWord(bare)])].filter((w) => [...w].length >= 3);
};

/** The words of each value's names, in both forms. */
function nameWords(table: NameTable): [value: string, words: string[]][] {
  return Object.entries(table).map(([value, names]) => {
    const words = [...locales.map((l) => names[l]), ...(names.aliases ?? [])]
      .flatMap((name) => name.split(/[\s/()-]+/))
      .filter((w) => !joiningWords.has(w.toLowerCase()))
      .flatMap(forms);
    return [value, [...new Set(words)]];
  });
}

/**
 * Whether a search word matches a word of a name: as a prefix ("Berat" →
 * "Beratung"), the name as a prefix of the word ("Sprachkurse",
 * "Beratungsstelle"), or both differing only in a short ending
 * ("консультації" → "консультація", "استشارات" → "استشارة").
 */
export function nameWordMatches(word: string, name: string): boolean {
  if (name.startsWith(word) || word.startsWith(name)) return true;
  let common = 0;
  while (common < word.length && common < name.length && word[common] === name[common]) common++;
  return common >= Math.max(5, Math.min(word.length, name.length) - 2);
}

const nameCache = new WeakMap<NameTable, [string, string[]][]>();

/** The values of a table whose names a search word matches. */
export function matchNames(table: NameTable, word: string): string[] {
  let words = nameCache.get(table);
  if (!words) {
    words = nameWords(table);
    nameCache.set(table, words);
  }
  const ws = forms(word);
  return words.filter(([, names]) => names.some((n) => ws.some((w) => nameWordMatches(w, n)))).map(([value]) => value);
}

/** Reads a search text; undefined when it holds no word. */
export function parseDirectoryQuery(search: string | null | undefined, kindNames?: NameTable): DirectoryQuery | undefined {
  const words = searchWords(search);
  if (words.length === 0) return undefined;
  return {
    words: words.map((word, i) => {
      const normal = normalizeWord(word);
      return {
        pos: i + 1,
        word,
        query: `${word}:*`,
        codes: [...(aliasCodes.get(normal) ?? [])],
        kinds: kindNames ? matchNames(kindNames, word) : [],
        stop: [...word].length < 2 || extraStopWords.has(word.toLowerCase()),
      };
    }),
    rank: words.map((w) => `${w}:*`).join(' | '),
  };
}

/** The configurations a word is looked up in; PostgreSQL knows no Farsi or Ukrainian, both use `simple`. */
const configs = [...new Set(locales.map(textSearchConfig))];

/** The six labels of a vocabulary row under `alias`, with the configuration of each. */
const labelColumns: readonly [column: string, locale: Locale][] = [
  ['label_de', 'de'],
  ['label_en', 'en'],
  ['label_ar', 'ar'],
  ['label_fa', 'fa'],
  ['label_tr', 'tr'],
  ['label_uk', 'uk'],
];

/** Whether a vocabulary row's label in any language matches the word's prefix query, each label in its language's configuration. */
function labelMatches(alias: string, query: Sql): Sql {
  return sql.join(
    labelColumns.map(
      ([column, locale]) =>
        sql`to_tsvector(${sql.raw(`'${textSearchConfig(locale)}'`)}, coalesce(${sql.raw(`${alias}.${column}`)}, '')) @@ to_tsquery(${sql.raw(`'${textSearchConfig(locale)}'`)}, ${query})`,
    ),
    ' or ',
  );
}

/** The vocabularies whose names a word may match, with the pivot tables that tag records with them. */
export type Vocabulary = 'fieldOfAction' | 'targetGroup' | 'district';
const vocabularyTables: Record<Vocabulary, string> = {
  fieldOfAction: 'field_of_action',
  targetGroup: 'target_group',
  district: 'district',
};

/**
 * The common table expressions of a search, to put in front of the
 * statement (`with ${directoryCtes(q)} select …`):
 * - `dq_word (pos, word, query, codes)`: the words;
 * - `dq_hit (pos, id)`: which word names which language;
 * - `dq_vocab (pos, vocabulary, id)`: which word matches which field of
 *   action, target group or district by name;
 * - `dq (language_ids, skip, terms, languages)`: one row with the language
 *   ids named, the positions that are no text condition (language words and
 *   stop words), the remaining words, and the named languages as JSON.
 */
export function directoryCtes(q: DirectoryQuery): Sql {
  const words = q.words.map((w) => w.word);
  const queries = q.words.map((w) => w.query);
  const codes = q.words.map((w) => w.codes.join(','));
  const stops = q.words.filter((w) => w.stop).map((w) => w.pos);
  const names = sql`concat_ws('/', l.label_de, l.label_en, l.label_ar, l.label_fa, l.label_tr, l.label_uk, l.native_name)`;
  const phrase = normalizeWordSql(sql`regexp_replace(trim(n), '[-.''’ʼ]', '', 'g')`);
  const stopWord = sql.join(
    configs.filter((c) => c !== 'simple').map((c) => sql`numnode(to_tsquery(${sql.raw(`'${c}'`)}, w.query)) = 0`),
    ' or ',
  );
  const vocab = (Object.entries(vocabularyTables) as [Vocabulary, string][]).map(
    ([vocabulary, table]) =>
      sql`select w.pos, ${vocabulary}::text as vocabulary, v.id from dq_word w join ${sql.raw(table)} v on ${labelMatches('v', sql`w.query`)}`,
  );
  return sql`dq_word as (
      select w.pos::int as pos, w.word, w.query, string_to_array(w.codes, ',') as codes
        from unnest(${words}::text[], ${queries}::text[], ${codes}::text[]) with ordinality as w(word, query, codes, pos)
    ),
    dq_hit as (
      select distinct w.pos, l.id from dq_word w join language l
        on l.code = any(w.codes)
        or ${normalizeWordSql(sql`w.word`)} in (
          select ${phrase} from regexp_split_to_table(${names}, '[()/,;]') n where length(trim(n)) >= 3)
    ),
    dq_vocab as (${sql.join(vocab, ' union all ')}),
    dq as (
      select
        coalesce((select array_agg(distinct h.id) from dq_hit h), '{}'::uuid[]) as language_ids,
        (select coalesce(array_agg(w.pos), '{}'::int[]) from dq_word w
          where w.pos in (select h.pos from dq_hit h) or w.pos = any(${stops}::int[]) or ${stopWord}) as skip,
        (select coalesce(json_agg(l order by l.position, l.label_de), '[]') from language l where l.id in (select h.id from dq_hit h)) as languages
    )`;
}

/** Whether the word at `pos` is no text condition (it names a language or is a stop word); true conditions need not hold. */
export const skipped = (pos: number): Sql => sql`${pos}::int = any((select dq.skip from dq)::int[])`;

/** The language ids named in the search, as an SQL array. */
export const namedLanguageIds = sql`(select dq.language_ids from dq)`;

/** The ids of the vocabulary entries of one kind whose names match the word at `pos`. */
export const namedEntries = (pos: number, vocabulary: Vocabulary): Sql =>
  sql`(select v.id from dq_vocab v where v.pos = ${pos}::int and v.vocabulary = ${vocabulary})`;

/** The words of the search that are text conditions, in order: the search's `interpretation.terms`. */
export const remainingTerms = (q: DirectoryQuery, skip: readonly number[]): string[] =>
  q.words.filter((w) => !skip.includes(w.pos)).map((w) => w.word);

/**
 * Whether a translation row under `alias` matches a prefix query in its own
 * locale's configuration: one indexable condition per configuration.
 */
export function translationMatches(alias: string, query: string): Sql {
  const byConfig = new Map<string, Locale[]>();
  for (const locale of locales) byConfig.set(textSearchConfig(locale), [...(byConfig.get(textSearchConfig(locale)) ?? []), locale]);
  return sql`(${sql.join(
    [...byConfig].map(
      ([config, ls]) =>
        sql`(${sql.raw(`${alias}.locale`)} = any(${ls}::text[]) and ${sql.raw(`${alias}.search_vector`)} @@ to_tsquery(${sql.raw(`'${config}'`)}, ${query}))`,
    ),
    ' or ',
  )})`;
}

/** The rank of a translation row under `alias` for the search's OR query, in its own locale's configuration. */
export function translationRank(alias: string, rank: string): Sql {
  const branches = locales.map((locale) => sql`when ${locale} then to_tsquery(${sql.raw(`'${textSearchConfig(locale)}'`)}, ${rank})`);
  return sql`ts_rank(${sql.raw(`${alias}.search_vector`)}, case ${sql.raw(`${alias}.locale`)} ${sql.join(branches, ' ')} end)`;
}
