import { z } from "zod";
import { errorText } from "@/lib/i18n/error-text";
import { ACCEPTS, MARKS, NODES, type NodeRule } from "./allowed";

type TRichTextMark = { type: string; attrs?: Record<string, unknown> };
export type TRichTextNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TRichTextNode[];
  marks?: TRichTextMark[];
  text?: string;
};

export const RICH_TEXT_LIMITS = { characters: 20_000, nodes: 5_000, depth: 16 };

// The same characters plainLine refuses in short fields.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/u;
const NODE_KEYS = new Set(["type", "attrs", "content", "marks", "text"]);

class RichTextRefusal extends Error {}
type Key = Parameters<typeof errorText>[0];
function refuse(key: Key, params?: Record<string, string | number>): never {
  throw new RichTextRefusal(errorText(key, params));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const tooBig = () => refuse("richTextTooBig", { max: RICH_TEXT_LIMITS.characters });

/** Keeps the allowed, non-null attributes; names the first one that is unknown or has a bad value. */
function checkAttrs(
  owner: string,
  rule: { attrs: NodeRule["attrs"]; required?: string[] },
  value: unknown,
  path: string,
) {
  if (value !== undefined && value !== null && !isObject(value)) refuse("richTextShape", { path });
  const kept: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries(value ?? {})) {
    const check = Object.hasOwn(rule.attrs, name) ? rule.attrs[name] : undefined;
    if (check && !check(attr) && name === "href") refuse("richTextLink", { path });
    if (!check || !check(attr)) refuse("richTextAttr", { node: owner, attr: name, path });
    if (attr !== null) kept[name] = attr;
  }
  for (const name of rule.required ?? [])
    if (!(name in kept)) refuse("richTextAttr", { node: owner, attr: name, path });
  return Object.keys(kept).length > 0 ? kept : undefined;
}

function checkMarks(value: unknown, path: string): TRichTextMark[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) refuse("richTextShape", { path });
  return value.map((mark, i) => {
    const at = `${path}.marks.${i}`;
    if (!isObject(mark) || typeof mark.type !== "string") refuse("richTextShape", { path: at });
    const rule = Object.hasOwn(MARKS, mark.type) ? MARKS[mark.type] : undefined;
    if (!rule || Object.keys(mark).some((k) => k !== "type" && k !== "attrs"))
      refuse("richTextMark", { mark: mark.type, path: at });
    const attrs = checkAttrs(mark.type, rule, mark.attrs, at);
    return attrs ? { type: mark.type, attrs } : { type: mark.type };
  });
}

class Walker {
  characters = 0;
  private nodes = 0;

  node(value: unknown, path: string, depth: number, parent?: { name: string; rule: NodeRule }): TRichTextNode {
    if (depth > RICH_TEXT_LIMITS.depth || ++this.nodes > RICH_TEXT_LIMITS.nodes) tooBig();
    if (!isObject(value) || typeof value.type !== "string") refuse("richTextShape", { path });
    const name = value.type;
    const rule = Object.hasOwn(NODES, name) ? NODES[name] : undefined;
    if (!rule) refuse("richTextNode", { node: name, path });
    const fits = parent ? ACCEPTS[parent.rule.content] === rule.group : rule.group === "doc";
    if (!fits) refuse("richTextPlace", { node: name, parent: parent?.name ?? "-", path });
    const stray = Object.keys(value).find(
      (k) => !NODE_KEYS.has(k) || (k === "text" && name !== "text") || (k === "marks" && name !== "text"),
    );
    if (stray) refuse("richTextAttr", { node: name, attr: stray, path });
    const out: TRichTextNode = { type: name };
    const attrs = checkAttrs(name, rule, value.attrs, path);
    if (attrs) out.attrs = attrs;
    if (name === "text") return { ...out, ...this.text(value, path) };
    const content = this.content(value.content, path, depth, { name, rule });
    if (content.length > 0) out.content = content;
    return out;
  }

  private text(value: Record<string, unknown>, path: string) {
    if (typeof value.text !== "string" || value.text.length === 0 || value.content !== undefined)
      refuse("richTextShape", { path });
    const text = value.text.normalize("NFC");
    if (BIDI_CONTROLS.test(text)) refuse("bidiControls");
    if (CONTROL_CHARS.test(text)) refuse("controlChars");
    this.characters += [...text].length;
    if (this.characters > RICH_TEXT_LIMITS.characters) tooBig();
    const marks = checkMarks(value.marks, path);
    if (marks && new Set(marks.map((m) => m.type)).size !== marks.length) refuse("richTextShape", { path });
    return marks && marks.length > 0 ? { text, marks } : { text };
  }

  private content(value: unknown, path: string, depth: number, parent: { name: string; rule: NodeRule }) {
    if (value !== undefined && !Array.isArray(value)) refuse("richTextShape", { path });
    const children = (value ?? []).map((child: unknown, i: number) =>
      this.node(child, `${path === "doc" ? "" : `${path}.`}content.${i}`, depth + 1, parent),
    );
    if (parent.rule.content === "none" && children.length > 0)
      refuse("richTextPlace", { node: children[0].type, parent: parent.name, path });
    const container = parent.rule.content === "blocks" || parent.rule.content === "items";
    if (container && parent.rule.group !== "doc" && children.length === 0) refuse("richTextShape", { path });
    // ProseMirror's listItem is "paragraph block*": Tiptap cannot edit an item that starts otherwise.
    if (parent.name === "listItem" && children[0].type !== "paragraph")
      refuse("richTextPlace", { node: children[0].type, parent: parent.name, path });
    return children;
  }
}

/**
 * Tiptap/ProseMirror JSON checked against allowed.ts and rebuilt from the checked parts only.
 * A document without any text (the empty editor) becomes null.
 */
export const ZRichText = z.unknown().transform((value, ctx): TRichTextNode | null => {
  if (value === null) return null;
  try {
    const walker = new Walker();
    const doc = walker.node(value, "doc", 0);
    return walker.characters === 0 ? null : doc;
  } catch (error) {
    if (!(error instanceof RichTextRefusal)) throw error;
    ctx.addIssue({ code: "custom", message: error.message });
    return z.NEVER;
  }
});
