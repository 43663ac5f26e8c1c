// Search folding: the same word is typed with or without harakat, with any hamza form on the alef,
// with ى or ي at the end, and with Arabic-Indic or Western digits. Folding makes all of these equal.
const DROPPED = /[\u064B-\u065F\u0670\u0640]/u;
const LETTER_FOLDS: Record<string, string> = {
  أ: "ا",
  إ: "ا",
  آ: "ا",
  ٱ: "ا",
  ى: "ي",
  ئ: "ي",
  ؤ: "و",
  ة: "ه",
  // Persian keyboards type these for Arabic yeh and kaf.
  ی: "ي",
  ک: "ك",
};
const LATIN = /\p{Script=Latin}/u;

/** Folds one code point; may return "" (harakat, tatweel). Callers that map offsets fold per code point. */
export function foldCodePoint(char: string): string {
  if (DROPPED.test(char)) return "";
  const folded = LETTER_FOLDS[char];
  if (folded) return folded;
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return LATIN.test(char) ? char.toLowerCase() : char;
}

/** A search key: NFC, no harakat or tatweel, one alef, one yeh, ه for ة, Western digits, lower-case Latin. */
export function foldArabic(text: string): string {
  let folded = "";
  for (const char of text.normalize("NFC")) folded += foldCodePoint(char);
  return folded;
}

// Embeddings, overrides, isolates and the invisible marks (LRM, RLM, ALM) can reorder or disguise text.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const BIDI_CONTROLS = new RegExp(BIDI_CONTROL.source, "gu");

export function containsBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/** Removes bidi controls and reports which ones were there, each once, in order of appearance. */
export function stripBidiControls(text: string): { text: string; found: string[] } {
  const found = [...new Set(text.match(BIDI_CONTROLS) ?? [])];
  return { text: found.length > 0 ? text.replace(BIDI_CONTROLS, "") : text, found };
}

// Tatweel (U+0640) is Script=Common, yet it only ever stretches Arabic letters.
const RTL_LETTER =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\u0640]/u;
const LETTER = /\p{L}/u;

/**
 * The direction most of the text's letters are written in; a tie goes to the first letter, as with
 * dir="auto". Digits, punctuation and emoji have no direction of their own and are not counted.
 */
export function detectDirection(text: string): "rtl" | "ltr" {
  let rtl = 0;
  let ltr = 0;
  let first: "rtl" | "ltr" | null = null;
  for (const char of text) {
    if (!LETTER.test(char)) continue;
    const direction = RTL_LETTER.test(char) ? "rtl" : "ltr";
    if (direction === "rtl") rtl++;
    else ltr++;
    first ??= direction;
  }
  if (rtl !== ltr) return rtl > ltr ? "rtl" : "ltr";
  return first ?? "ltr";
}

const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029\v\f]/gu;
const TRAILING_SPACE = /\p{White_Space}+$/u;

/**
 * The plain text that code point offsets refer to: NFC, no trailing spaces on lines, and paragraphs
 * separated by exactly one blank line, whether the source used one line break, two or more.
 */
export function canonicalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(LINE_BREAK, "\n")
    .split("\n")
    .map((line) => line.replace(TRAILING_SPACE, ""))
    .filter((line) => line.length > 0)
    .join("\n\n");
}
