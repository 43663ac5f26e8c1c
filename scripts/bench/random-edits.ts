import type { Random } from "./random";

export type Edit = { kind: "insert" | "delete" | "replace"; at: number; removed: string; inserted: string };

/**
 * The edited text, and where each of its code points came from: `home[i]` is the original offset of
 * code point i, or, for inserted text, the original offset of the code point it follows plus 0.5.
 */
export type EditedText = { text: string; home: Float64Array; edits: Edit[] };

type Token = { start: number; end: number };

function tokensOf(chars: string[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (/\s/u.test(chars[i])) continue;
    const start = i;
    while (i < chars.length && !/\s/u.test(chars[i])) i++;
    tokens.push({ start, end: i });
  }
  return tokens;
}

/** Applies `count` random word edits (a third each: insert, delete, replace), none across a paragraph break. */
export function editRandomly(text: string, count: number, random: Random, vocabulary: string[]): EditedText {
  const chars = [...text];
  const home = chars.map((_, i) => i);
  const edits: Edit[] = [];
  const splice = (at: number, removeCount: number, inserted: string) => {
    const added = [...inserted];
    const after = at > 0 ? Math.floor(home[at - 1]) + 0.5 : -0.5;
    const removed = chars.splice(at, removeCount, ...added).join("");
    home.splice(at, removeCount, ...added.map(() => after));
    return removed;
  };
  while (edits.length < count) {
    const tokens = tokensOf(chars);
    const i = random.int(0, tokens.length - 1);
    const { start } = tokens[i];
    const kind = random.pick(["insert", "delete", "replace"] as const);
    const words = Array.from({ length: random.int(1, 3) }, () => random.pick(vocabulary)).join(" ");
    if (kind === "insert") {
      edits.push({ kind, at: start, removed: splice(start, 0, `${words} `), inserted: `${words} ` });
      continue;
    }
    const extraWords = kind === "delete" ? random.int(0, 2) : 0;
    let last = i;
    while (last < i + extraWords && chars[tokens[last].end] === " ") last++;
    // The space after the words goes with them; the paragraph's last word takes the space before it.
    const spaceAfter = chars[tokens[last].end] === " ";
    if (kind === "delete" && !spaceAfter && chars[start - 1] !== " ") continue; // would empty a paragraph
    const from = !spaceAfter && kind === "delete" && chars[start - 1] === " " ? start - 1 : start;
    const to = tokens[last].end + (spaceAfter && kind === "delete" ? 1 : 0);
    const replacement = kind === "replace" ? random.pick(vocabulary) : "";
    if (kind === "replace" && replacement === chars.slice(from, to).join("")) continue;
    edits.push({ kind, at: from, removed: splice(from, to - from, replacement), inserted: replacement });
  }
  return { text: chars.join(""), home: Float64Array.from(home), edits };
}
