// Sentences and clauses of a folded text, as UTF-16 ranges of it. A sentence ends at . ! ? ؟ or …
// followed by a space (or the end), and at every line break; not inside quotation marks, not after
// a one-letter abbreviation such as "د." (Dr.), and never inside a number such as 2.5.

export type Range = { start: number; end: number };

const END = /[.!?؟…]+["»”')\]]*(?=\s|$)|\n+/gu;
const OPENING = new Set(["«", "“"]);
const CLOSING = new Set(["»", "”"]);
// An abbreviation: one Arabic letter before the period, not a number (2021 م. ends a sentence).
const ABBREVIATION = /(?:^|[\s(])[\u0621-\u064A]$/u;
const AFTER_NUMBER = /\d\s*[\u0621-\u064A]$/u;
// Past this many characters an opening quotation mark is taken as unbalanced.
const MAX_QUOTE = 600;

function isInsideQuote(text: string, from: number, at: number): boolean {
  let depth = 0;
  let straight = false;
  let openedAt = -1;
  for (let i = from; i < at; i++) {
    const char = text[i];
    if (OPENING.has(char)) {
      if (depth === 0) openedAt = i;
      depth++;
    } else if (CLOSING.has(char)) depth = Math.max(0, depth - 1);
    else if (char === '"') {
      straight = !straight;
      if (straight) openedAt = i;
    }
  }
  return (depth > 0 || straight) && at - openedAt < MAX_QUOTE;
}

function trimmed(text: string, start: number, end: number): Range | null {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from])) from++;
  while (to > from && /\s/u.test(text[to - 1])) to--;
  return from < to ? { start: from, end: to } : null;
}

export function splitSentences(text: string): Range[] {
  const sentences: Range[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let match = END.exec(text); match; match = END.exec(text)) {
    const isBreak = match[0].startsWith("\n");
    if (!isBreak) {
      const before = text.slice(Math.max(start, match.index - 8), match.index);
      if (match[0] === "." && ABBREVIATION.test(before) && !AFTER_NUMBER.test(before)) continue;
      if (isInsideQuote(text, start, match.index)) continue;
    }
    const end = isBreak ? match.index : match.index + match[0].length;
    const sentence = trimmed(text, start, end);
    if (sentence) sentences.push(sentence);
    start = match.index + match[0].length;
  }
  const last = trimmed(text, start, text.length);
  if (last) sentences.push(last);
  return sentences;
}

const CLAUSE_END = /[،؛;:]|,(?!\d)/gu;

/** Clauses of a sentence: split at the Arabic comma and semicolon (and a colon), outside quotes. */
export function splitClauses(text: string, sentence: Range): Range[] {
  const clauses: Range[] = [];
  let start = sentence.start;
  CLAUSE_END.lastIndex = sentence.start;
  for (let match = CLAUSE_END.exec(text); match && match.index < sentence.end; match = CLAUSE_END.exec(text)) {
    if (isInsideQuote(text, sentence.start, match.index)) continue;
    const clause = trimmed(text, start, match.index);
    if (clause) clauses.push(clause);
    start = match.index + 1;
  }
  const last = trimmed(text, start, sentence.end);
  if (last) clauses.push(last);
  return clauses;
}
