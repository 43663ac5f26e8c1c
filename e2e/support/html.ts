import { Parser } from "htmlparser2";

export type HtmlBlock = { tag: string; text: string };

/**
 * The blocks of the reader (the children of `.article-text`) as an HTML document carries them, read
 * without a browser and without running any script: what a reader sees before scripts load.
 */
export function readerBlocksIn(html: string): { attributes: Record<string, string> | null; blocks: HtmlBlock[] } {
  const blocks: HtmlBlock[] = [];
  let attributes: Record<string, string> | null = null;
  let depth = 0; // inside .article-text: 1 = its own level, 2 = a block, deeper = inside a block
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (depth === 0 && (attrs.class ?? "").split(/\s+/).includes("article-text")) {
          attributes = attrs;
          depth = 1;
          return;
        }
        if (depth === 0) return;
        if (depth === 1) blocks.push({ tag: name, text: "" });
        depth++;
      },
      ontext(text) {
        if (depth >= 2) blocks[blocks.length - 1].text += text;
      },
      onclosetag() {
        if (depth > 0) depth--;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { attributes, blocks };
}
