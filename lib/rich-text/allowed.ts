import { httpUrl } from "@/lib/validation/fields";

// What users' rich text (a claim's rationale) may hold: the Tiptap StarterKit nodes and marks below
// and nothing that can carry script, styles, images or embeds. Attribute values Tiptap writes by
// default (null, `start: 1`, a link's target/rel) are accepted; anything else is refused by name.

type Check = (value: unknown) => boolean;
type Content = "blocks" | "inline" | "items" | "none";
export type NodeRule = {
  group: "doc" | "block" | "inline" | "item";
  content: Content;
  attrs: Record<string, Check>;
  required?: string[];
};

const isNull: Check = (v) => v === null;
const oneOf =
  (...allowed: unknown[]): Check =>
  (v) =>
    v === null || allowed.includes(v);
// Tiptap's TextDirection extension puts `dir` on every node type once a direction is configured.
const dir = oneOf("rtl", "ltr", "auto");
const linkUrl = httpUrl();
const REL_TOKENS = /^(noopener|noreferrer|nofollow|ugc)( (noopener|noreferrer|nofollow|ugc))*$/;

export const NODES: Record<string, NodeRule> = {
  doc: { group: "doc", content: "blocks", attrs: { dir } },
  paragraph: { group: "block", content: "inline", attrs: { dir } },
  heading: { group: "block", content: "inline", attrs: { dir, level: (v) => v === 2 || v === 3 }, required: ["level"] },
  bulletList: { group: "block", content: "items", attrs: { dir } },
  orderedList: {
    group: "block",
    content: "items",
    attrs: {
      dir,
      start: (v) => v === null || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 10_000),
      type: oneOf("1", "a", "A", "i", "I"),
    },
  },
  listItem: { group: "item", content: "blocks", attrs: { dir } },
  blockquote: { group: "block", content: "blocks", attrs: { dir } },
  text: { group: "inline", content: "none", attrs: {} },
  hardBreak: { group: "inline", content: "none", attrs: { dir } },
};

export const MARKS: Record<string, { attrs: Record<string, Check>; required?: string[] }> = {
  bold: { attrs: {} },
  italic: { attrs: {} },
  link: {
    attrs: {
      href: (v) => typeof v === "string" && linkUrl.safeParse(v).success,
      target: oneOf("_blank"),
      rel: (v) => v === null || (typeof v === "string" && REL_TOKENS.test(v)),
      class: isNull,
      title: (v) => v === null || (typeof v === "string" && v.length <= 300),
    },
    required: ["href"],
  },
};

/** Which groups a node's content may hold. */
export const ACCEPTS: Record<Content, NodeRule["group"] | null> = {
  blocks: "block",
  inline: "inline",
  items: "item",
  none: null,
};
