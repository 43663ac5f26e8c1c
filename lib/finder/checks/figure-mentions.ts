import { findAttributions, type Source } from "../attribution/sources";
import type { DateMention } from "../dates/find-dates";
import { readNumbers, type NumberMention } from "../numbers/read-numbers";
import { foldedSet } from "../text/lexicon";
import { itemsWithin } from "../text/ranges";
import { splitClauses, splitSentences, type Range } from "../text/sentences";
import { bareForms, readWords, type Word } from "../text/words";
import {
  CONCEPT_WORDS,
  DESCRIPTORS,
  DURATION_WORDS,
  ELSEWHERE_WORDS,
  GENERIC_CLASSIFIERS,
  KEY_HEADS,
  OTHERS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  SINGULARS,
  SOURCE_STOPS,
  SUBSET_WORDS,
  UPDATE_WORDS,
} from "./figure-lexicon";

// A figure is a number with what it counts: a concept ("killed"…) or a phrase after عدد/نسبة, and the
// kind of people counted ("جنود", "مدنيين"; "أشخاص" says nothing). Around it: who said it, and the
// words that make it unfit to contradict another (approximate, updated, a part, others, elsewhere).

export type Figure = {
  start: number;
  end: number;
  value: number;
  concept: string;
  /** For a phrase concept, its folded range ("نسبة المشاركة"). */
  phrase: Range | null;
  classifier: string | null;
  percent: boolean;
  /** Approximate, updated, a part of another figure, "others", or another event: never contradicts. */
  unfit: boolean;
  /** Years and relative periods the sentence names; figures of different periods are not compared. */
  scope: string;
  sentence: number;
  source: Source | null;
};

const TIME_SCOPE = foldedSet("الماضي", "الماضية", "المنصرم", "الجاري", "الحالي", "منذ", "السابق");
const YEAR_CONTEXT = foldedSet(
  "عام",
  "العام",
  "سنة",
  "السنة",
  "في",
  "منذ",
  "خلال",
  "حتى",
  "مطلع",
  "نهاية",
  "بداية",
  "مقابل",
);
const SKIPPED_LEFT = foldedSet("عن", "إلى", "على", "ال", "ب", "بـ", "الـ", "قد", "نحو");
const SKIPPED_RIGHT = foldedSet("قد", "لقي", "لقوا", "لقيت", "لقين", "لقيا");
const LEFT_REACH = 3;
const KEY_REACH = 5;
const RIGHT_REACH = 3;

function conceptOf(word: string): string | undefined {
  for (const form of bareForms(word)) {
    const concept = CONCEPT_WORDS.get(form);
    if (concept) return concept;
  }
  return undefined;
}

function isDescriptor(word: string): boolean {
  return bareForms(word).some((form) => DESCRIPTORS.has(form));
}

/**
 * The kind of people a count names, or null when it names none or says nothing ("أشخاص"). Only words
 * shaped like counted nouns qualify (accusative "جندياً", plurals in -ين -ون -ات, known broken plurals):
 * a verb after the number ("سيُحالون") is not a classifier.
 */
function classifierKey(word: string): string | null {
  const bare = word.startsWith("ال") && word.length > 4 ? word.slice(2) : word;
  if (GENERIC_CLASSIFIERS.has(bare) || OTHERS.has(bare)) return null;
  const singular = SINGULARS.get(bare);
  if (singular) return singular;
  if (/^(?:ي|س[يتن])/u.test(bare) || !/(?:ين|ون|ات|ا)$/u.test(bare)) return null;
  return bare.replace(/(?:ين|ون|ات|ا)$/u, "");
}

function endsWithPhrase(before: string, phrases: readonly string[]): boolean {
  const trimmed = before.replace(/[\s،,]+$/u, "");
  return phrases.some((phrase) => trimmed.endsWith(" " + phrase) || trimmed === phrase);
}

function isYear(text: string, number: NumberMention, words: Word[], index: number): boolean {
  if (!number.digits || number.value === null || number.value < 1900 || number.value > 2100) return false;
  if (number.end - number.start !== 4) return false;
  return index > 0 && YEAR_CONTEXT.has(words[index - 1].text);
}

type Scan = { concept?: string; phrase?: Range; classifier: string | null; end: number; others: boolean };

function scanRight(words: Word[], after: number, clauseEnd: number): Scan {
  const scan: Scan = { classifier: null, end: words[after - 1]?.end ?? 0, others: false };
  for (let i = after; i < words.length && i < after + RIGHT_REACH && words[i].start < clauseEnd; i++) {
    const word = words[i].text;
    if (i > after && /^[وف]/u.test(word) && !conceptOf(word)) break;
    if (SKIPPED_RIGHT.has(word)) continue;
    if (OTHERS.has(word)) {
      scan.others = true;
      scan.end = words[i].end;
      continue;
    }
    const concept = conceptOf(word);
    if (concept) {
      scan.concept = concept;
      scan.end = words[i].end;
      if (i === after && isDescriptor(word)) scan.classifier = null;
      return scan;
    }
    if (i > after || SOURCE_STOPS.has(word) || DURATION_WORDS.has(word) || words[i].afterPunctuation) break;
    scan.classifier = classifierKey(word);
    scan.end = words[i].end;
  }
  return scan;
}

function scanLeft(
  text: string,
  words: Word[],
  before: number,
  clauseStart: number,
): { concept?: string; phrase?: Range; start: number } {
  let steps = 0;
  for (let i = before - 1; i >= 0 && words[i].start >= clauseStart && steps < KEY_REACH; i--) {
    const word = words[i].text;
    if (SKIPPED_LEFT.has(word) || word.length === 1) continue;
    steps++;
    const concept = conceptOf(word);
    if (concept && steps <= LEFT_REACH) return { concept, start: words[i].start };
    const head = bareForms(word).find((form) => KEY_HEADS.has(form));
    if (head && i + 1 < before) {
      const named = conceptOf(words[i + 1].text);
      if (named) return { concept: named, start: words[i].start };
      return {
        concept: "key:" + words[i + 1].text.replace(/^ال/u, ""),
        phrase: { start: words[i].start, end: words[i + 1].end },
        start: words[i].start,
      };
    }
  }
  return { start: -1 };
}

type SentenceContext = {
  index: number;
  sentence: Range;
  words: Word[];
  clauses: Range[];
  dates: readonly DateMention[];
};

function readFigure(
  text: string,
  number: NumberMention,
  context: SentenceContext,
  scope: string,
  elsewhere: boolean,
): Omit<Figure, "source"> | null {
  const { words, clauses, dates } = context;
  if (number.value === null || dates.some((date) => date.start < number.end && number.start < date.end)) return null;
  const first = words.findIndex((word) => word.end > number.start);
  const last = words.findIndex((word) => word.end >= number.end);
  if (first < 0 || last < 0 || isYear(text, number, words, first)) return null;
  const clause = clauses.find((c) => c.start <= number.start && number.start < c.end) ?? context.sentence;
  const right = scanRight(words, last + 1, clause.end);
  if (DURATION_WORDS.has(words[last + 1]?.text ?? "")) return null;
  const left = scanLeft(text, words, first, clause.start);
  const preferRight = right.concept !== undefined && (isDescriptor(words[last + 1]?.text ?? "") || !left.concept);
  const concept = preferRight ? right.concept : (left.concept ?? right.concept);
  if (!concept) return null;
  if (number.percent && !concept.startsWith("key:")) return null;
  const clauseWords = words
    .filter((word) => word.start >= clause.start && word.end <= clause.end)
    .map((word) => word.text);
  const before = text.slice(clause.start, number.start);
  const after = text.slice(number.end, clause.end);
  const approximate =
    endsWithPhrase(before, QUALIFIERS_BEFORE) ||
    QUALIFIERS_AFTER.some((phrase) => after.trimStart().startsWith(phrase) || after.includes(" " + phrase));
  const updated = clauseWords.some((word) => bareForms(word).some((form) => UPDATE_WORDS.has(form)));
  const subset = clauseWords
    .slice(0, Math.max(0, clauseWords.indexOf(words[first].text)))
    .some((word) => SUBSET_WORDS.has(word));
  return {
    start: preferRight || left.start < 0 ? number.start : Math.min(number.start, left.start),
    end: Math.max(number.end, right.end),
    value: number.value,
    concept,
    phrase: preferRight ? null : (left.phrase ?? null),
    classifier: right.classifier,
    percent: number.percent,
    unfit: approximate || updated || subset || right.others || elsewhere,
    scope,
    sentence: context.index,
  };
}

function scopeOf(text: string, words: Word[], dates: readonly DateMention[]): string {
  const marks = words
    .filter((word) => TIME_SCOPE.has(word.text) || /^(?:19|20)\d\d$/u.test(word.text))
    .map((word) => word.text);
  marks.push(...dates.filter((date) => date.year !== null).map((date) => String(date.year)));
  return [...new Set(marks)].sort().join(" ");
}

/** Every figure in the folded text, with its source (the last one named before it, or just after it). */
export function findFigures(text: string, dates: readonly DateMention[]): Figure[] {
  const figures: Figure[] = [];
  let lastSource: Source | null = null;
  splitSentences(text).forEach((sentence, index) => {
    const words = readWords(text, sentence.start, sentence.end);
    const clauses = splitClauses(text, sentence);
    const inSentence = itemsWithin(dates, sentence.start, sentence.end);
    const attributions = findAttributions(
      words,
      clauses.map((clause) => clause.start),
    );
    const elsewhere = words.some((word) => ELSEWHERE_WORDS.has(word.text));
    const scope = scopeOf(text, words, inSentence);
    const context = { index, sentence, words, clauses, dates: inSentence };
    const sourceBefore = lastSource;
    for (const number of readNumbers(text, sentence.start, sentence.end)) {
      const figure = readFigure(text, number, context, scope, elsewhere);
      if (!figure) continue;
      const attribution =
        [...attributions].reverse().find((a) => a.at < number.start) ?? attributions.find((a) => a.at > number.start);
      const source = attribution ? (attribution.carried ? sourceBefore : attribution.source) : null;
      figures.push({ ...figure, source });
    }
    const named = attributions.filter((a) => a.source).at(-1);
    if (named) lastSource = named.source;
  });
  return figures;
}
