"use client";

import { EditorContent, useEditor, type JSONContent } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toTiptapDoc } from "@/lib/articles/document";

type Props = {
  text: string;
  headings: number[];
  language: string;
  direction: "rtl" | "ltr";
  onSave: (content: { text: string; headings: number[] }) => Promise<void>;
  onCancel: () => void;
};

function toContent(doc: JSONContent) {
  const blocks = (doc.content ?? []).map((block) => ({
    heading: block.type === "heading",
    text: (block.content ?? []).map((child) => child.text ?? (child.type === "hardBreak" ? " " : "")).join(""),
  }));
  const kept = blocks.filter((block) => block.text.trim());
  return { text: kept.map((b) => b.text).join("\n\n"), headings: kept.flatMap((b, i) => (b.heading ? [i] : [])) };
}

/** Editing mode for the article text: paragraphs and sub-headings only; saving makes a new revision. */
export function ArticleEditor({ text, headings, language, direction, onSave, onCancel }: Props) {
  const t = useTranslations("claims");
  const [saving, setSaving] = useState(false);
  const editor = useEditor({
    immediatelyRender: false,
    textDirection: direction,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2] },
        bold: false,
        italic: false,
        strike: false,
        code: false,
        codeBlock: false,
        blockquote: false,
        bulletList: false,
        orderedList: false,
        listItem: false,
        horizontalRule: false,
        link: false,
        underline: false,
      }),
    ],
    content: toTiptapDoc(text, headings),
    editorProps: {
      attributes: { class: "article-text editing", lang: language, dir: direction, "aria-label": t("editText") },
    },
  });
  async function save() {
    if (!editor) return;
    setSaving(true);
    await onSave(toContent(editor.getJSON())).finally(() => setSaving(false));
  }
  return (
    <div className="article-body" lang={language} dir={direction} data-testid="article-editor">
      <EditorContent editor={editor} />
      <div className="actions">
        <button type="button" onClick={save} disabled={saving || !editor}>
          {saving ? t("savingText") : t("saveText")}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t("cancelEdit")}
        </button>
      </div>
    </div>
  );
}
