import type { JSONContent } from "@tiptap/react";

export const BLOCK_SEPARATOR = "\n\n";

/** The Tiptap document for an article's canonical text: one block per paragraph, sub-headings as h2. */
export function toTiptapDoc(text: string, headings: number[]): JSONContent {
  const headingSet = new Set(headings);
  return {
    type: "doc",
    content: text
      .split(BLOCK_SEPARATOR)
      .map((block, index) =>
        headingSet.has(index)
          ? { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: block }] }
          : { type: "paragraph", content: [{ type: "text", text: block }] },
      ),
  };
}
