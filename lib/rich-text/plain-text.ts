// Reading a rationale (Tiptap JSON) as plain text: for conflicts shown side by side and for citations.

type TNode = { type?: string; text?: string; content?: TNode[] };

const BLOCKS = new Set(["paragraph", "heading", "blockquote", "listItem"]);

/** The document's text, one line per block. */
export function richTextToPlain(doc: unknown): string {
  const lines: string[] = [];
  let line = "";
  const walk = (node: TNode) => {
    if (node.type === "text") line += node.text ?? "";
    if (node.type === "hardBreak") line += "\n";
    for (const child of node.content ?? []) walk(child);
    if (node.type && BLOCKS.has(node.type) && line) {
      lines.push(line);
      line = "";
    }
  };
  if (doc && typeof doc === "object") walk(doc as TNode);
  if (line) lines.push(line);
  return lines.join("\n");
}

/** The source numbers a text cites as [1], [2]… (Western or Arabic-Indic digits), in order, once each. */
export function citedNumbers(text: string): number[] {
  const found = new Set<number>();
  for (const match of text.matchAll(/\[([0-9\u0660-\u0669]{1,3})\]/gu)) {
    found.add(Number(match[1].replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x0660))));
  }
  return [...found];
}

/** Citations that point at no source of the list (numbered from 1). */
export const danglingCitations = (doc: unknown, sourceCount: number) =>
  citedNumbers(richTextToPlain(doc)).filter((n) => n < 1 || n > sourceCount);
