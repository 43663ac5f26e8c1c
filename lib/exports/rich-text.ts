import type { TRichTextNode } from "@/lib/rich-text/validate";

// Renders a rationale (Tiptap JSON already checked by lib/rich-text) as HTML, Markdown or plain text.
// Only the allowed nodes produce output; text is escaped and link targets are checked again here,
// so a row written before a rule changed cannot smuggle markup into a public page.

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

export const isHttpUrl = (value: unknown): value is string =>
  typeof value === "string" && /^https?:\/\//i.test(value) && URL.canParse(value);

const dirAttr = (node: TRichTextNode) => {
  const dir = node.attrs?.dir;
  return dir === "rtl" || dir === "ltr" || dir === "auto" ? ` dir="${dir}"` : "";
};

const BLOCK_TAGS: Record<string, string> = {
  paragraph: "p",
  bulletList: "ul",
  orderedList: "ol",
  listItem: "li",
  blockquote: "blockquote",
};

function textHtml(node: TRichTextNode): string {
  let html = escapeHtml(node.text ?? "");
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") html = `<strong>${html}</strong>`;
    else if (mark.type === "italic") html = `<em>${html}</em>`;
    else if (mark.type === "link" && isHttpUrl(mark.attrs?.href))
      html = `<a href="${escapeHtml(mark.attrs.href)}" rel="nofollow noopener">${html}</a>`;
  }
  return html;
}

export function richTextToHtml(node: TRichTextNode | null): string {
  if (!node) return "";
  const inner = () => (node.content ?? []).map(richTextToHtml).join("");
  if (node.type === "doc") return inner();
  if (node.type === "text") return textHtml(node);
  if (node.type === "hardBreak") return "<br>";
  if (node.type === "heading") {
    const tag = node.attrs?.level === 3 ? "h5" : "h4"; // below the report's own headings
    return `<${tag}${dirAttr(node)}>${inner()}</${tag}>`;
  }
  const tag = BLOCK_TAGS[node.type];
  if (!tag) return "";
  const start =
    node.type === "orderedList" && Number.isInteger(node.attrs?.start) ? ` start="${node.attrs?.start}"` : "";
  return `<${tag}${dirAttr(node)}${start}>${inner()}</${tag}>`;
}

/** Plain text, one line per block (CSV cells, search). */
export function richTextToPlain(node: TRichTextNode | null): string {
  if (!node) return "";
  if (node.type === "text") return node.text ?? "";
  if (node.type === "hardBreak") return "\n";
  const parts = (node.content ?? []).map(richTextToPlain);
  const inline = node.type === "paragraph" || node.type === "heading";
  return inline ? parts.join("") : parts.join("\n");
}

// Inline characters that would turn user text into Markdown (or HTML), and line starts that would
// make a heading, list, quote or rule.
export const escapeMarkdown = (text: string) =>
  text
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)([.)])/gm, "$1$2\\$3")
    .replace(/^(\s*)([#+\-=])/gm, "$1\\$2");

/** A Markdown link target that survives any URL: spaces and parentheses percent-encoded. */
export const markdownUrl = (url: string) =>
  url.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);

function textMarkdown(node: TRichTextNode): string {
  let md = escapeMarkdown(node.text ?? "");
  for (const mark of node.marks ?? []) {
    if (mark.type === "bold") md = `**${md}**`;
    else if (mark.type === "italic") md = `*${md}*`;
    else if (mark.type === "link" && isHttpUrl(mark.attrs?.href)) md = `[${md}](${markdownUrl(mark.attrs.href)})`;
  }
  return md;
}

const indentRest = (text: string, pad: string) =>
  text
    .split("\n")
    .map((line, i) => (i === 0 || line === "" ? line : pad + line))
    .join("\n");

export function richTextToMarkdown(node: TRichTextNode | null): string {
  if (!node) return "";
  const blocks = (children = node.content ?? []) => children.map(richTextToMarkdown);
  switch (node.type) {
    case "doc":
      return blocks().join("\n\n");
    case "text":
      return textMarkdown(node);
    case "hardBreak":
      return "  \n";
    case "paragraph":
      return blocks().join("");
    case "heading":
      return `${node.attrs?.level === 3 ? "#####" : "####"} ${blocks().join("")}`;
    case "blockquote":
      return blocks()
        .join("\n\n")
        .split("\n")
        .map((line) => `> ${line}`)
        .join("\n");
    case "bulletList":
    case "orderedList":
      return (node.content ?? [])
        .map((item, i) => {
          const marker = node.type === "bulletList" ? "-" : `${(Number(node.attrs?.start) || 1) + i}.`;
          return `${marker} ${indentRest(blocks(item.content).join("\n\n"), " ".repeat(marker.length + 1))}`;
        })
        .join("\n");
    default:
      return "";
  }
}
