import { foldArabic } from "@/lib/arabic/normalize";
import {
  DUAL_MULTIPLIERS,
  FRACTIONS,
  HUNDREDS,
  MULTIPLIERS,
  TEN_SUFFIX,
  TENS,
  UNITS,
  UNITS_NOT_ALONE,
  VAGUE,
} from "./number-words";

/** A number in the folded text: digits (either script), words, or both ("2.5 مليون", "ثلاثة آلاف"). */
export type NumberMention = {
  start: number;
  end: number;
  /** null for a quantity without a value: "عشرات", "مئات الآلاف". */
  value: number | null;
  percent: boolean;
  /** Written with digits (as opposed to words only). */
  digits: boolean;
};

type Token = { text: string; start: number; end: number; isDigits: boolean };

const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+|%/gu;
const PERCENT_WORDS = [["في", "المئة"], ["في", "المائة"], ["بالمئة"], ["بالمائة"]].map((words) =>
  words.map(foldArabic),
);

function readTokens(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let match = TOKEN.exec(text); match && match.index < to; match = TOKEN.exec(text)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length, isDigits: /^\d/.test(match[0]) });
  }
  return tokens;
}

/** "1,250" and "1.250.000" group thousands; "2.5" and "2,5" are decimals. */
export function parseDigits(written: string): number {
  if (/^\d{1,3}(,\d{3})+$/.test(written)) return Number(written.replaceAll(",", ""));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(written)) return Number(written.replaceAll(".", ""));
  return Number(written.replace(",", "."));
}

/** "ألف", or "المليون" in "مليونين ونصف المليون". */
function multiplierOf(word: string): number | undefined {
  return MULTIPLIERS.get(word) ?? (word.startsWith("ال") ? MULTIPLIERS.get(word.slice(2)) : undefined);
}

/** After a multiplier: "ونصف" (and "ونصف المليون") adds half of it. */
function readFraction(tokens: Token[], i: number, multiplier: number): { add: number; next: number } {
  const word = tokens[i]?.text;
  const fraction = word?.startsWith("و") ? FRACTIONS.get(word.slice(1)) : undefined;
  if (fraction === undefined) return { add: 0, next: i };
  const next = multiplierOf(tokens[i + 1]?.text ?? "") === multiplier ? i + 2 : i + 1;
  return { add: fraction * multiplier, next };
}

function readPercent(tokens: Token[], i: number): number {
  if (tokens[i]?.text === "%") return i + 1;
  for (const words of PERCENT_WORDS) {
    if (words.every((word, k) => tokens[i + k]?.text === word)) return i + words.length;
  }
  return i;
}

function readDigitNumber(tokens: Token[], i: number): { value: number; next: number } {
  let value = parseDigits(tokens[i].text);
  let next = i + 1;
  const multiplier = multiplierOf(tokens[next]?.text ?? "");
  if (multiplier) {
    value *= multiplier;
    const fraction = readFraction(tokens, next + 1, multiplier);
    value += fraction.add;
    next = fraction.next;
  }
  return { value, next };
}

/** Word numbers, joined by و: "مئة وخمسة وعشرون", "ثلاثة آلاف وخمسمئة", "مليون و200 ألف". */
function readWordNumber(tokens: Token[], i: number): { value: number; next: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let lastUnit = false;
  for (; j < tokens.length; j++) {
    const token = tokens[j];
    const started = j > i;
    let word = token.text;
    if (started && word === "و" && tokens[j + 1]?.isDigits) continue;
    if (token.isDigits) {
      if (!started || tokens[j - 1].text !== "و") break;
      current += parseDigits(word);
      continue;
    }
    if (started && word.startsWith("و") && word.length > 2) word = word.slice(1);
    const unit = UNITS.get(word);
    if (unit !== undefined) {
      const teen = TEN_SUFFIX.has(tokens[j + 1]?.text ?? "") && unit < 10;
      current += teen ? unit + 10 : unit;
      if (teen) j++;
      lastUnit = !teen;
      continue;
    }
    const tens = TENS.get(word) ?? HUNDREDS.get(word);
    if (tens !== undefined) {
      current = tens === 100 && lastUnit && current >= 3 ? current * 100 : current + tens;
      lastUnit = false;
      continue;
    }
    const dual = DUAL_MULTIPLIERS.get(word);
    if (dual !== undefined && current === 0) {
      total += dual;
      const fraction = readFraction(tokens, j + 1, dual / 2);
      total += fraction.add;
      j = fraction.next - 1;
      continue;
    }
    const multiplier = MULTIPLIERS.get(word);
    if (multiplier !== undefined && (current > 0 || !VAGUE.has(word))) {
      total += (current || 1) * multiplier;
      current = 0;
      const fraction = readFraction(tokens, j + 1, multiplier);
      total += fraction.add;
      j = fraction.next - 1;
      lastUnit = false;
      continue;
    }
    break;
  }
  if (j === i) return null;
  if (j === i + 1 && UNITS_NOT_ALONE.has(tokens[i].text)) return null;
  return { value: total + current, next: j };
}

function readVague(tokens: Token[], i: number): number {
  const word = tokens[i].text.replace(/^[وف]/u, "");
  if (!VAGUE.has(word) && !VAGUE.has(tokens[i].text)) return i;
  const following = tokens[i + 1]?.text ?? "";
  return i + (VAGUE.has(following) || multiplierOf(following) ? 2 : 1);
}

/** Every number in folded text[from, to), left to right. */
export function readNumbers(text: string, from = 0, to = text.length): NumberMention[] {
  const tokens = readTokens(text, from, to);
  const mentions: NumberMention[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    const read = token.isDigits ? readDigitNumber(tokens, i) : readWordNumber(tokens, i);
    if (read) {
      const next = readPercent(tokens, read.next);
      const end = tokens[next - 1].end;
      mentions.push({ start: token.start, end, value: read.value, percent: next > read.next, digits: token.isDigits });
      i = next;
      continue;
    }
    const vagueEnd = readVague(tokens, i);
    if (vagueEnd > i) {
      mentions.push({ start: token.start, end: tokens[vagueEnd - 1].end, value: null, percent: false, digits: false });
      i = vagueEnd;
      continue;
    }
    i++;
  }
  return mentions;
}
