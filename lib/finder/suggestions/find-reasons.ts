import { ATTRIBUTION_PREPOSITIONS, attributionVerbOf, NEEDS_AN } from "../attribution/verbs";
import { MONTH_NAMES } from "../calendar/months";
import type { DateMention } from "../dates/find-dates";
import { readNumbers } from "../numbers/read-numbers";
import { foldedWords, wordAlternation } from "../text/lexicon";
import { itemsWithin } from "../text/ranges";
import type { Range } from "../text/sentences";
import { bareForms, conjunctionForms, readWords, type Word } from "../text/words";
import {
  COMPARISON,
  COMPARISON_PHRASES,
  EVENT_ENDINGS,
  EVENT_STEMS,
  EXHORTATION,
  EXHORTATION_PHRASES,
  HOPE,
  NOT_FUTURE,
  OPINION,
  OPINION_PHRASES,
  PROMISE,
  PROMISE_PHRASES,
  QUESTION_WORDS,
  THANKS,
  THANKS_PHRASES,
} from "./cue-words";
import type { Reason, ReasonKind } from "./reasons";

// The reasons in one span of the folded text: each is a kind and the words that gave it.

const WORD_SETS: [ReasonKind, ReadonlySet<string>][] = [
  ["opinion", OPINION],
  ["hope", HOPE],
  ["thanks", THANKS],
  ["exhortation", EXHORTATION],
  ["promise", PROMISE],
  ["comparison", COMPARISON],
];
const PHRASES: [ReasonKind, RegExp][] = [
  ["opinion", OPINION_PHRASES],
  ["thanks", THANKS_PHRASES],
  ["exhortation", EXHORTATION_PHRASES],
  ["promise", PROMISE_PHRASES],
  ["comparison", COMPARISON_PHRASES],
].map(([kind, phrases]) => [kind as ReasonKind, new RegExp(wordAlternation(phrases as string[]), "gu")]);
const EVENTS = foldedWords(EVENT_STEMS.flatMap((stem) => EVENT_ENDINGS.map((ending) => stem + ending)).join(" "));
const QUANTITY_WORDS = foldedWords("نصف ثلث ربع ثلثي أضعاف ضعفي");
const YEAR_BEFORE = foldedWords("عام العام سنة السنة في منذ خلال حتى مطلع نهاية بداية");
const MONTH_IN_TIME = new RegExp(
  `(?:${wordAlternation([...foldedWords("في منذ خلال مطلع أواخر أوائل منتصف نهاية بداية شهر شهري حتى")])})\\s+(?:${wordAlternation(MONTH_NAMES)})|(?:${wordAlternation(MONTH_NAMES)})\\s+\\d{4}`,
  "gu",
);
const TIME = /(?<![\p{L}\p{N}])(?:الساعه\s+\d{1,2}|\d{1,2}:\d{2})/gu;
const QUOTE = /«[^»]{3,}»|"[^"]{3,}"/gu;
// س + a present-tense verb (سيعقد، ستعمل، سنبني); nouns such as سيطرة، سيارات end in ة or ت.
const FUTURE = /^س[يتن]\p{L}{2,}[^\sته]$/u;

function isAttribution(words: Word[], i: number): boolean {
  const word = words[i].text;
  if (bareForms(word).some((form) => ATTRIBUTION_PREPOSITIONS.has(form))) return true;
  const verb = attributionVerbOf(word);
  if (!verb) return false;
  return !NEEDS_AN.has(verb) || words.slice(i + 1, i + 6).some((w) => w.text === "عن");
}

function wordKinds(words: Word[], i: number): ReasonKind[] {
  const word = words[i].text;
  const forms = bareForms(word);
  const kinds: ReasonKind[] = WORD_SETS.filter(([, set]) => forms.some((form) => set.has(form))).map(([kind]) => kind);
  if (isAttribution(words, i)) kinds.push("attribution");
  const bare = conjunctionForms(word);
  if (bare.some((form) => EVENTS.has(form))) kinds.push("event");
  if (bare.some((form) => FUTURE.test(form) && !NOT_FUTURE.has(form))) kinds.push("promise");
  if (i === 0 && QUESTION_WORDS.has(word)) kinds.push("question");
  else if (bare.some((form) => form.startsWith("تساءل") || form.startsWith("يتساءل"))) kinds.push("question");
  if (forms.some((form) => QUANTITY_WORDS.has(form))) kinds.push("quantity");
  return kinds;
}

function matchesIn(pattern: RegExp, text: string, range: Range): Range[] {
  const found: Range[] = [];
  const slice = text.slice(range.start, range.end);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
    found.push({ start: range.start + match.index, end: range.start + match.index + match[0].length });
  }
  return found;
}

function numberReasons(text: string, range: Range, dates: readonly Range[], words: Word[]): Reason[] {
  const reasons: Reason[] = [];
  let w = 0;
  for (const number of readNumbers(text, range.start, range.end)) {
    if (dates.some((date) => date.start < number.end && number.start < date.end)) continue;
    while (w < words.length && words[w].end <= number.start) w++;
    const before = words[w - 1]?.text ?? "";
    const isYear =
      number.digits &&
      number.end - number.start === 4 &&
      number.value !== null &&
      number.value >= 1900 &&
      number.value <= 2100;
    const kind: ReasonKind = isYear && YEAR_BEFORE.has(before) ? "date" : number.value === null ? "quantity" : "figure";
    reasons.push({ kind, start: number.start, end: number.end });
  }
  return reasons;
}

export type ReasonContext = { dates: readonly DateMention[]; names: RegExp | null };

/** Every reason in folded text[range], in reading order. */
export function findReasons(text: string, range: Range, context: ReasonContext): Reason[] {
  const found = itemsWithin(context.dates, range.start, range.end);
  const within = (spans: readonly Range[], r: Range) =>
    spans.some((span) => span.start <= r.start && r.end <= span.end);
  // "أيار 2020", "منذ مايو", "الساعة 10": dates too, and their numbers are not figures.
  const times = [...matchesIn(MONTH_IN_TIME, text, range), ...matchesIn(TIME, text, range)];
  const dates: Range[] = [...found, ...times.filter((time) => !within(found, time))];
  const inDate = (r: Range) => within(dates, r);
  const words = readWords(text, range.start, range.end);
  const reasons: Reason[] = dates.map((date) => ({ kind: "date" as const, start: date.start, end: date.end }));
  words.forEach((word, i) => {
    if (inDate(word)) return;
    for (const kind of wordKinds(words, i)) reasons.push({ kind, start: word.start, end: word.end });
  });
  for (const [kind, pattern] of PHRASES) {
    for (const found of matchesIn(pattern, text, range)) if (!inDate(found)) reasons.push({ kind, ...found });
  }
  for (const found of matchesIn(QUOTE, text, range)) reasons.push({ kind: "quote", ...found });
  if (context.names)
    for (const found of matchesIn(context.names, text, range)) reasons.push({ kind: "entity", ...found });
  reasons.push(...numberReasons(text, range, dates, words));
  const last = text
    .slice(range.start, range.end)
    .trimEnd()
    .replace(/["»”)\]]+$/u, "");
  if (/[؟?]$/u.test(last))
    reasons.push({ kind: "question", start: range.start + last.length - 1, end: range.start + last.length });
  return reasons.sort((a, b) => a.start - b.start || a.end - b.end);
}
