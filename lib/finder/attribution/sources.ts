import { foldArabic } from "@/lib/arabic/normalize";
import { bareForms, type Word } from "../text/words";
import {
  CONCEPT_WORDS,
  KEY_HEADS,
  SAME_SOURCE,
  SOURCE_LEADS,
  SOURCE_SPOKESPEOPLE,
  SOURCE_STOPS,
} from "../checks/figure-lexicon";
import { ATTRIBUTION_PREPOSITIONS, attributionVerbOf, NEEDS_AN } from "./verbs";

// Who a sentence attributes something to: "قالت وزارة الصحة إن…" (verb then subject), "مصادر قبلية
// أكدت…" (subject first), "بحسب الأمم المتحدة", "نقلت رويترز عن مسؤولين" (the original speaker),
// "أما المنظمون فقالوا", and "وأضافت أن…" / "بحسب المصدر ذاته" (the speaker named before).

export type Source = {
  /** Folded words of the name without ال, what two sources are compared by. */
  key: string[];
  /** Folded UTF-16 range of the name as written. */
  start: number;
  end: number;
};

export type Attribution = { at: number; source: Source | null; carried: boolean };

const MAX_NAME = 3;
const CONNECTIVES = new Set(
  ["و", "ف", "لكن", "غير", "ان", "إن", "بيد", "كما", "بينما", "فيما", "اما", "ثم"].map(foldArabic),
);
const AN = foldArabic("عن");
const LAM_PREPOSITIONS = new Set(["وفقا", "طبقا", "استنادا"].map(foldArabic));
const AMMA = foldArabic("أما");

function isStop(word: string): boolean {
  return (
    SOURCE_STOPS.has(word) ||
    KEY_HEADS.has(word) ||
    /\d/u.test(word) ||
    bareForms(word).some((form) => CONCEPT_WORDS.has(form)) ||
    attributionVerbOf(word) !== null
  );
}

function keyOf(words: Word[]): string[] {
  return words.map((word) => (word.text.startsWith("ال") && word.text.length > 3 ? word.text.slice(2) : word.text));
}

/** The name starting at `from`; after وفقاً/طبقاً its first word carries their ل ("لوزارة", "للشرطة"). */
function nameFrom(words: Word[], from: number, afterLam = false): Source | null {
  const name: Word[] = [];
  const lead = spokespersonAt(words, from);
  for (let i = from + lead; i < words.length && name.length < MAX_NAME; i++) {
    if (i > from && words[i].afterPunctuation) break;
    let text = words[i].text;
    if (afterLam && name.length === 0 && text.length > 3 && text.startsWith("ل")) {
      text = text.startsWith("لل") ? "ال" + text.slice(2) : text.slice(1);
    }
    if (isStop(text) || SAME_SOURCE.has(text)) break;
    name.push({ ...words[i], text });
  }
  while (name.length > 1 && SOURCE_LEADS.has(name[0].text.replace(/^ال/u, ""))) name.shift();
  if (name.length === 0) return null;
  const start = lead > 0 ? words[from].start : name[0].start;
  return { key: keyOf(name), start, end: name[name.length - 1].end };
}

/** How many words of "مسؤول في"، "المتحدث باسم" start at `from`: they do not change who speaks. */
function spokespersonAt(words: Word[], from: number): number {
  const ahead = words
    .slice(from, from + 3)
    .map((word) => word.text)
    .join(" ");
  const phrase = SOURCE_SPOKESPEOPLE.find((p) => ahead.startsWith(p + " "));
  return phrase ? phrase.split(" ").length : 0;
}

/** Subject before the verb: up to three words back to the clause's start, connectives dropped. */
function nameBefore(words: Word[], verbIndex: number, clauseStart: number): Source | null {
  let from = verbIndex;
  while (
    from > 0 &&
    verbIndex - from < MAX_NAME &&
    words[from - 1].start >= clauseStart &&
    !isStop(words[from - 1].text)
  )
    from--;
  while (from < verbIndex && CONNECTIVES.has(words[from].text)) from++;
  if (from === verbIndex) return null;
  return nameFrom(words.slice(from, verbIndex), 0);
}

function isSameSourceReference(words: Word[], from: number): boolean {
  return words.slice(from, from + 3).some((word) => SAME_SOURCE.has(word.text));
}

/**
 * Every attribution in a sentence's words, in order. `clauseStarts` are the folded offsets where the
 * sentence's clauses begin (a subject before its verb stays inside the verb's clause).
 */
export function findAttributions(words: Word[], clauseStarts: readonly number[]): Attribution[] {
  const found: Attribution[] = [];
  const clauseStartOf = (at: number) => clauseStarts.filter((start) => start <= at).at(-1) ?? 0;
  words.forEach((word, i) => {
    const bare = bareForms(word.text);
    if (bare.some((form) => ATTRIBUTION_PREPOSITIONS.has(form))) {
      const same = isSameSourceReference(words, i + 1);
      const afterLam = bare.some((form) => LAM_PREPOSITIONS.has(form));
      found.push({ at: word.start, source: same ? null : nameFrom(words, i + 1, afterLam), carried: same });
      return;
    }
    const verb = attributionVerbOf(word.text);
    if (!verb) return;
    const anIndex = words.findIndex((w, k) => k > i && k <= i + 5 && w.text === AN);
    if (NEEDS_AN.has(verb)) {
      if (anIndex < 0) return;
      found.push({ at: word.start, source: nameFrom(words, anIndex + 1), carried: false });
      return;
    }
    const ammaIndex = words.findIndex((w, k) => k < i && k >= i - 4 && w.text === AMMA);
    const source =
      (ammaIndex >= 0 ? nameFrom(words.slice(ammaIndex + 1, i), 0) : null) ??
      nameFrom(words, i + 1) ??
      nameBefore(words, i, clauseStartOf(word.start));
    found.push({ at: word.start, source, carried: source === null });
  });
  return found;
}

/** Two names for the same speaker: one's words begin the other's ("الوزارة" and "وزارة الصحة"). */
export function isSameSource(a: Source, b: Source): boolean {
  const [shorter, longer] = a.key.length <= b.key.length ? [a.key, b.key] : [b.key, a.key];
  return shorter.every((word, i) => longer[i] === word);
}
