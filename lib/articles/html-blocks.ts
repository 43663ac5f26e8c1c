import { parseDocument } from "htmlparser2";
import type { ChildNode } from "domhandler";
import sanitizeHtml from "sanitize-html";

export type Block = { text: string; heading: boolean };

const ALLOWED = ["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "br", "li", "blockquote", "section", "article"];
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Pasted HTML keeps only its paragraphs and sub-headings: sanitize-html drops
 * scripts, styles, attributes and unknown tags, then the remaining blocks become text.
 */
export function htmlToBlocks(html: string): Block[] {
  const clean = sanitizeHtml(html, { allowedTags: ALLOWED, allowedAttributes: {} });
  const blocks: Block[] = [];
  let current: Block = { text: "", heading: false };
  const flush = () => {
    if (current.text.trim()) blocks.push(current);
    current = { text: "", heading: false };
  };
  const walk = (nodes: ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") current.text += node.data;
      else if (node.type === "tag") {
        if (node.name === "br") current.text += " ";
        else if (node.name === "div" || node.name === "section" || node.name === "article") walk(node.children);
        else {
          flush();
          current.heading = HEADINGS.has(node.name);
          walk(node.children);
          flush();
        }
      }
    }
  };
  walk(parseDocument(clean).children);
  flush();
  return blocks;
}
