import { stripBidiControls } from "@/lib/arabic/normalize";
import { htmlToBlocks, type Block } from "./html-blocks";

export type ArticleContent = { text: string; headings: number[] };

const SENTENCE_END = /[.!?؟:…"»”')\]]$/u;

/** A short line without closing punctuation, followed by more text, reads as a sub-heading. */
function looksLikeHeading(line: string, isLast: boolean): boolean {
  return !isLast && [...line].length <= 80 && !SENTENCE_END.test(line);
}

function plainTextToBlocks(text: string): Block[] {
  const lines = text
    .split(/\n\s*\n|\n/u)
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.map((line, i) => ({ text: line, heading: looksLikeHeading(line, i === lines.length - 1) }));
}

function tidy(block: Block): Block {
  const text = stripBidiControls(block.text.normalize("NFC"))
    .text.replace(/[ \t\u00A0\r\n]+/gu, " ")
    .trim();
  return { ...block, text };
}

/**
 * The canonical plain text every character offset refers to: NFC, one space
 * between words, paragraphs separated by exactly "\n\n"; sub-headings are listed by block index.
 */
export function toArticleContent(body: string, format: "text" | "html"): ArticleContent {
  const raw = format === "html" ? htmlToBlocks(body) : plainTextToBlocks(body.replace(/\r\n?/gu, "\n"));
  const blocks = raw.map(tidy).filter((block) => block.text.length > 0);
  return {
    text: blocks.map((block) => block.text).join("\n\n"),
    headings: blocks.flatMap((block, i) => (block.heading ? [i] : [])),
  };
}
