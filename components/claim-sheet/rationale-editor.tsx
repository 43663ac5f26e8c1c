"use client";

import { EditorContent, useEditor, type Editor, type JSONContent } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useTranslations } from "next-intl";
import { useState } from "react";

// Only what lib/rich-text/allowed.ts accepts: paragraphs, headings 2–3, lists, quotes, bold, italic, http(s) links.
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    link: { openOnClick: false, autolink: true, protocols: ["http", "https"], defaultProtocol: "https" },
  }),
];

type Props = {
  value: unknown;
  editable: boolean;
  sourceCount: number;
  onChange?: (doc: JSONContent) => void;
  labelledBy: string;
};

/** The verdict's rationale: rich text whose paragraphs each take their own direction, citing sources as [n]. */
export function RationaleEditor({ value, editable, sourceCount, onChange, labelledBy }: Props) {
  const editor = useEditor({
    immediatelyRender: false,
    editable,
    textDirection: "auto",
    extensions,
    content: (value as JSONContent | null) ?? "",
    editorProps: {
      attributes: {
        class: "rationale-text",
        "aria-labelledby": labelledBy,
        ...(editable ? { role: "textbox", "aria-multiline": "true" } : {}),
      },
    },
    onUpdate: ({ editor }) => onChange?.(editor.getJSON()),
  });
  return (
    <div className={`rationale${editable ? " editable" : ""}`} data-testid="rationale">
      {editable && editor && <Toolbar editor={editor} sourceCount={sourceCount} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor, sourceCount }: { editor: Editor; sourceCount: number }) {
  const t = useTranslations("sheet.rationale");
  const [linking, setLinking] = useState(false);
  const [href, setHref] = useState("");
  const button = (label: string, active: boolean, run: () => void) => (
    <button type="button" className="tool" aria-pressed={active} onMouseDown={(e) => e.preventDefault()} onClick={run}>
      {label}
    </button>
  );
  const chain = () => editor.chain().focus();
  function applyLink() {
    const url = href.trim();
    if (/^https?:\/\//iu.test(url)) chain().extendMarkRange("link").setLink({ href: url }).run();
    else if (!url) chain().extendMarkRange("link").unsetLink().run();
    setLinking(false);
    setHref("");
  }
  return (
    <div className="rationale-toolbar" role="toolbar" aria-label={t("toolbar")}>
      {button(t("bold"), editor.isActive("bold"), () => chain().toggleBold().run())}
      {button(t("italic"), editor.isActive("italic"), () => chain().toggleItalic().run())}
      {button(t("bullets"), editor.isActive("bulletList"), () => chain().toggleBulletList().run())}
      {button(t("numbers"), editor.isActive("orderedList"), () => chain().toggleOrderedList().run())}
      {button(t("quote"), editor.isActive("blockquote"), () => chain().toggleBlockquote().run())}
      {button(t("link"), editor.isActive("link"), () => setLinking((v) => !v))}
      {button(t("rtl"), false, () => chain().setTextDirection("rtl").run())}
      {button(t("ltr"), false, () => chain().setTextDirection("ltr").run())}
      {sourceCount > 0 && (
        <select
          aria-label={t("cite")}
          value=""
          onChange={(e) => e.target.value && chain().insertContent(`[${e.target.value}]`).run()}
        >
          <option value="">{t("cite")}</option>
          {Array.from({ length: sourceCount }, (_, i) => (
            <option key={i} value={i + 1}>
              [{i + 1}]
            </option>
          ))}
        </select>
      )}
      {linking && (
        <span className="link-entry">
          <input
            type="url"
            dir="ltr"
            aria-label={t("linkUrl")}
            placeholder="https://"
            value={href}
            onChange={(e) => setHref(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), applyLink())}
          />
          <button type="button" className="small" onClick={applyLink}>
            {t("applyLink")}
          </button>
        </span>
      )}
    </div>
  );
}
