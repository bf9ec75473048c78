/** A language as the directory shows it: the UI language's name and, beside it, the language's own name. */
export interface LanguageName {
  /** The name in the UI language, e.g. "Arabisch". */
  label: string;
  /** The name in the language itself ("العربية"), or undefined when it reads the same as the label. */
  native: string | undefined;
  /** The language's code, for the `lang` attribute of the native name. */
  code: string;
}

const autonyms = new Map<string, string | undefined>();

/**
 * The language's name in its own script, from the vocabulary when it has one,
 * else from the runtime's locale data (Intl.DisplayNames). Undefined for codes
 * neither knows.
 */
export function autonym(code: string, nativeName?: string | null): string | undefined {
  if (nativeName?.trim()) return nativeName.trim();
  if (autonyms.has(code)) return autonyms.get(code);
  let name: string | undefined;
  try {
    const found = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    // Some locale data lower-cases autonyms ("українська"); a name in a list starts with a capital.
    name = found ? found.charAt(0).toLocaleUpperCase(code) + found.slice(1) : undefined;
  } catch {
    name = undefined;
  }
  autonyms.set(code, name);
  return name;
}

/** The label and the native name of a language, the native name left out when it equals the label. */
export function languageName(entry: { code: string; nativeName?: string | null }, label: string): LanguageName {
  const native = autonym(entry.code, entry.nativeName);
  return { label, code: entry.code, native: native && native.toLocaleLowerCase() !== label.toLocaleLowerCase() ? native : undefined };
}
