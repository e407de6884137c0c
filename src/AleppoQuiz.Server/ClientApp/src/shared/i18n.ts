// The interface language. Every sentence a page shows comes from locales/<language>.json, looked up by key with
// t("key", { n }); question text and articles are not translated and are marked lang="en" where they appear.
// The language is the reader's stored choice, else the browser's first language we have, else English.
import ar from "../../locales/ar.json";
import en from "../../locales/en.json";

/** A sentence, or one sentence per plural category (Intl.PluralRules: zero, one, two, few, many, other). */
type Entry = string | Partial<Record<Intl.LDMLPluralRule, string>>;
export type Key = keyof typeof en;
export type Language = "en" | "ar";
export type Params = Record<string, string | number>;

const catalogues: Record<Language, Partial<Record<Key, Entry>>> = { en: en as Record<Key, Entry>, ar: ar as Partial<Record<Key, Entry>> };
const storageKey = "aleppoquiz.language";

/** Each language named in its own words, for the switcher. */
export const languageNames: Record<Language, string> = { en: "English", ar: "العربية" };

function isLanguage(value: string | null | undefined): value is Language {
  return value === "en" || value === "ar";
}

function chooseLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(storageKey);
  } catch {
    // No storage (a private mode): the browser's languages still decide.
  }
  if (isLanguage(stored)) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.toLowerCase().split("-")[0];
    if (isLanguage(primary)) return primary;
  }
  return "en";
}

export const language: Language = chooseLanguage();
export const direction: "ltr" | "rtl" = language === "ar" ? "rtl" : "ltr";

const plurals = new Intl.PluralRules(language);
const ordinals = new Intl.PluralRules(language, { type: "ordinal" });
const numbers = new Intl.NumberFormat(language);

/** Stores the reader's choice; the page reloads to draw itself again in the new language. */
export function chooseStoredLanguage(choice: Language): void {
  try {
    localStorage.setItem(storageKey, choice);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** A share (0–1) as a whole percentage: "67%" in English, "٦٧٪" in Arabic. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** A measurement to one decimal place, such as seconds. */
export function formatDecimal(value: number): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

export function formatDate(value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" }): string {
  return new Intl.DateTimeFormat(language, options).format(typeof value === "string" ? new Date(value) : value);
}

/** The sentence for `key` in the chosen language (English when it has none), with {name} placeholders filled in. */
export function t(key: Key, params: Params = {}): string {
  const entry = catalogues[language][key] ?? catalogues.en[key] ?? key;
  const count = params["n"];
  const text = typeof entry === "string" ? entry : (entry[typeof count === "number" ? plurals.select(count) : "other"] ?? entry.other ?? key);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === "number" ? formatNumber(value) : value;
  });
}

/**
 * The sentence for `key` as pieces to append, for a sentence that holds an element: words people wrote (a
 * speaker, an outlet) marked as authored, or a link. String and number values are filled in as by t().
 */
export function tParts(key: Key, params: Record<string, string | number | Node>): (string | Node)[] {
  const values: Params = {};
  for (const [name, value] of Object.entries(params)) if (typeof value !== "object") values[name] = value;
  const text = t(key, values);
  const parts: (string | Node)[] = [];
  let from = 0;
  for (const match of text.matchAll(/\{(\w+)\}/g)) {
    const value = params[match[1] ?? ""];
    if (typeof value !== "object") continue;
    parts.push(text.slice(from, match.index), value);
    from = match.index + match[0].length;
  }
  parts.push(text.slice(from));
  return parts.filter((part) => part !== "");
}

/** A rank as words put it: "2nd" in English; the catalogue's "rank.ordinal" uses ordinal plural categories. */
export function ordinal(rank: number): string {
  const entry = catalogues[language]["rank.ordinal"] ?? catalogues.en["rank.ordinal"];
  const text = typeof entry === "string" ? entry : (entry?.[ordinals.select(rank)] ?? entry?.other ?? "{n}");
  return text.replace("{n}", formatNumber(rank));
}

/** Whether the catalogue has `key`: for sentences chosen by a server code that may be new to this page. */
export function hasKey(key: string): key is Key {
  return key in catalogues.en;
}
