"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { toTiptapDoc } from "@/lib/articles/document";

type Props = { text: string; headings: number[]; language: string; direction: "rtl" | "ltr" };

/** The article, read-only. Claims are drawn over it later; the document itself never holds them. */
export function ArticleReader({ text, headings, language, direction }: Props) {
  const editor = useEditor({
    editable: false,
    immediatelyRender: false,
    textDirection: direction,
    extensions: [StarterKit.configure({ heading: { levels: [2] } })],
    content: toTiptapDoc(text, headings),
    editorProps: { attributes: { class: "article-text", lang: language, dir: direction, "aria-readonly": "true" } },
  });
  return (
    <div className="article-body" lang={language} dir={direction} data-testid="article-body">
      <EditorContent editor={editor} />
    </div>
  );
}
