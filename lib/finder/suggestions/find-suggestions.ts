import { CodePointIndex } from "@/lib/arabic/codepoint-index";
import { foldArabic } from "@/lib/arabic/normalize";
import { attributionVerbOf } from "../attribution/verbs";
import { findDates } from "../dates/find-dates";
import { foldText, toSourceRange } from "../text/fold";
import { escapeRegex } from "../text/lexicon";
import { splitClauses, splitSentences, type Range } from "../text/sentences";
import { readWords } from "../text/words";
import { findReasons, type ReasonContext } from "./find-reasons";
import { THRESHOLD, type Reason } from "./reasons";
import { scoreReasons } from "./score";

export type Suggestion = { start: number; end: number; quote: string; score: number; reasons: Reason[] };

export type SuggestOptions = {
  /** Names the workspace knows (claimants, tags): a span naming one is more worth checking. */
  names?: readonly string[];
};

// A sentence this long is judged clause by clause, so one checkable clause is not drowned by the rest.
const LONG_SENTENCE = 30;
const MIN_CLAUSE = 5;
const CLAUSE_OPENERS = new Set(
  ["فيما", "في حين", "بينما", "حيث", "كما", "ثم", "لكن", "ولكن", "غير أن", "إلا أن", "بيد أن"].map(foldArabic),
);

function namePattern(names: readonly string[]): RegExp | null {
  const folded = [...new Set(names.map((name) => foldArabic(name).trim()).filter((name) => name.length >= 2))];
  if (folded.length === 0) return null;
  const body = folded.sort((a, b) => b.length - a.length).map((name) => escapeRegex(name).replace(/\s+/gu, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:ال)?(?:${body.join("|")})(?![\\p{L}\\p{N}])`, "gu");
}

/** "، فيما قال…"، "، في حين…"، "؛ وأضاف…": where a long sentence turns to another statement. */
function startsStatement(text: string, clause: Range): boolean {
  const words = readWords(text, clause.start, Math.min(clause.end, clause.start + 40)).map((w) => w.text);
  const first = words[0] ?? "";
  if (CLAUSE_OPENERS.has(first) || CLAUSE_OPENERS.has(`${first} ${words[1] ?? ""}`)) return true;
  return /^[وف]/u.test(first) && attributionVerbOf(first) !== null;
}

function spansOf(text: string, sentence: Range): Range[] {
  if (readWords(text, sentence.start, sentence.end).length <= LONG_SENTENCE) return [sentence];
  const spans: Range[] = [];
  for (const clause of splitClauses(text, sentence)) {
    const previous = spans.at(-1);
    const separator = previous ? text.slice(previous.end, clause.start) : "";
    const turns = separator.includes("؛") || (!separator.includes(":") && startsStatement(text, clause));
    if (previous && (!turns || readWords(text, clause.start, clause.end).length < MIN_CLAUSE))
      previous.end = clause.end;
    else spans.push({ ...clause });
  }
  return spans;
}

/**
 * Spans of `text` (an article's canonical text) worth checking, each a sentence or a clause of a long one,
 * with its score and the reasons for it; offsets in code points of `text`.
 */
export function findSuggestions(text: string, options: SuggestOptions = {}): Suggestion[] {
  const folded = foldText(text);
  const index = new CodePointIndex(text);
  const context: ReasonContext = { dates: findDates(folded.text), names: namePattern(options.names ?? []) };
  const suggestions: Suggestion[] = [];
  for (const sentence of splitSentences(folded.text)) {
    for (const span of spansOf(folded.text, sentence)) {
      const reasons = findReasons(folded.text, span, context);
      const score = scoreReasons(reasons);
      if (score < THRESHOLD) continue;
      const range = toSourceRange(folded, span.start, span.end);
      suggestions.push({
        ...range,
        quote: index.slice(range.start, range.end),
        score: Math.round(score * 100) / 100,
        reasons: reasons.map((reason) => ({ kind: reason.kind, ...toSourceRange(folded, reason.start, reason.end) })),
      });
    }
  }
  return suggestions;
}
