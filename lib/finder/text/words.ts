// Words of the folded text, with the clitics Arabic writes onto them: the conjunctions و and ف, the
// prepositions ب ل ك, the article ال (and لل for ل + ال). Lexicons list bare forms; `bareForms`
// gives the readings of a written word to look them up with.

/** `afterPunctuation`: something other than spaces (a comma, a period, a quote) stands before the word. */
export type Word = { text: string; start: number; end: number; afterPunctuation: boolean };

const WORD = /[\p{L}\p{N}]+/gu;

export function readWords(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = from;
  let previousEnd = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    const afterPunctuation = /\S/u.test(text.slice(previousEnd, match.index));
    words.push({ text: match[0], start: match.index, end: match.index + match[0].length, afterPunctuation });
    previousEnd = match.index + match[0].length;
  }
  return words;
}

function withoutConjunction(word: string): string | null {
  return word.length > 3 && (word[0] === "و" || word[0] === "ف") ? word.slice(1) : null;
}

function withoutPreposition(word: string): string | null {
  if (word.length > 4 && word.startsWith("لل")) return "ال" + word.slice(2);
  return word.length > 3 && "بلك".includes(word[0]) ? word.slice(1) : null;
}

function withoutArticle(word: string): string | null {
  return word.length > 4 && word.startsWith("ال") ? word.slice(2) : null;
}

const MEMO_LIMIT = 50_000;
const memo = new Map<string, string[]>();

/** The word as written, then without و/ف, then without a preposition, then without ال (each once). */
export function bareForms(word: string): string[] {
  let forms = memo.get(word);
  if (!forms) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    forms = computeBareForms(word);
    memo.set(word, forms);
  }
  return forms;
}

function computeBareForms(word: string): string[] {
  const forms = [word];
  const add = (form: string | null) => {
    if (form && !forms.includes(form)) forms.push(form);
  };
  add(withoutConjunction(word));
  for (const form of [...forms]) add(withoutPreposition(form));
  for (const form of [...forms]) add(withoutArticle(form));
  return forms;
}

/** The word as written or without a leading و/ف: what verbs and particles accept. */
export function conjunctionForms(word: string): string[] {
  const bare = withoutConjunction(word);
  return bare ? [word, bare] : [word];
}

/** True when any reading of `word` is in `lexicon`. */
export function hasForm(lexicon: ReadonlySet<string>, word: string): boolean {
  return bareForms(word).some((form) => lexicon.has(form));
}
