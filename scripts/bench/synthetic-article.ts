import { readFile } from "node:fs/promises";
import { toArticleContent } from "@/lib/articles/content";
import type { Random } from "./random";

const TARGET_CODE_POINTS = 100_000;
// What a wire story carries besides Arabic prose, and what breaks naive offset arithmetic: Latin names,
// both digit sets, harakat (combining marks), ZWJ emoji sequences, flags and skin tones (surrogate pairs).
const LATIN = [
  "Reuters",
  "AFP",
  "Green Zone",
  "drone",
  "UNAMI",
  "Al-Kadhimi",
  "COVID-19",
  "@IraqiGovt",
  "press release",
  "Twitter",
];
const EMOJI = ["👨‍👩‍👧", "🇮🇶", "🇺🇸", "📷", "✅", "🔴", "👍🏽", "🕊️", "🗳️"];
const HARAKAT = ["\u064E", "\u064F", "\u0650", "\u0652", "\u0651", "\u064B", "\u064C"];
const ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩";

export type SyntheticArticle = { text: string; paragraphs: string[]; vocabulary: string[] };

const toArabicIndic = (digits: string) => digits.replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]);

function number(random: Random): string {
  const value = random.pick([
    String(random.int(1, 99)),
    String(random.int(1900, 2030)),
    `${random.int(1, 999)},${random.int(100, 999)}`,
    `${random.int(1, 99)}.${random.int(1, 9)}%`,
  ]);
  return random.chance(0.5) ? value : toArabicIndic(value).replace(",", "٬").replace(".", "٫").replace("%", "٪");
}

/** Puts a haraka after one Arabic letter of the word, as an editor vocalising a name would. */
function vocalise(word: string, random: Random): string {
  const letters = [...word];
  const at = letters.findIndex(
    (c, i) => /[\u0621-\u064A]/u.test(c) && !/[\u064B-\u0652]/u.test(letters[i + 1] ?? "") && random.chance(0.5),
  );
  if (at === -1) return word;
  letters.splice(at + 1, 0, random.pick(HARAKAT));
  return letters.join("");
}

function decorate(word: string, random: Random): string[] {
  const out = [random.chance(0.08) ? vocalise(word, random) : word];
  const roll = random.next();
  if (roll < 0.03) out.push(random.pick(LATIN));
  else if (roll < 0.07) out.push(number(random));
  else if (roll < 0.085) out.push(random.pick(EMOJI));
  return out;
}

/**
 * About 100,000 code points of news prose: paragraphs of the seed article's clauses in a new order, with
 * names, figures and emoji strewn in, so that no 32-character context repeats by accident.
 */
export async function buildSyntheticArticle(
  random: Random,
  seedFile = "prisma/seed/article-ar.txt",
): Promise<SyntheticArticle> {
  const seed = toArticleContent(await readFile(seedFile, "utf8"), "text").text;
  const clauses = seed.split(/\n\n|(?<=[،.:])\s+/u).filter((clause) => clause.trim().length > 0);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < TARGET_CODE_POINTS) {
    const picked = Array.from({ length: random.int(3, 7) }, () => random.pick(clauses));
    const words = picked
      .join(" ")
      .split(/\s+/u)
      .flatMap((word) => decorate(word, random));
    const paragraph = words.join(" ");
    paragraphs.push(paragraph);
    length += [...paragraph].length + 2;
  }
  const text = toArticleContent(paragraphs.join("\n\n"), "text").text;
  const vocabulary = [...new Set(seed.split(/\s+/u))].concat(LATIN, EMOJI);
  return { text, paragraphs: text.split("\n\n"), vocabulary };
}
