"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useEffect } from "react";
import { toTiptapDoc } from "@/lib/articles/document";

type Props = {
  text: string;
  headings: number[];
  language: string;
  direction: "rtl" | "ltr";
  /** Called with the element whose children are the article's blocks, once rendered. */
  onRendered?: (root: HTMLElement | null) => void;
};

/** The article, read-only. Claims are painted over it; the document itself never holds them. */
export function ArticleReader({ text, headings, language, direction, onRendered }: Props) {
  const editor = useEditor({
    editable: false,
    immediatelyRender: false,
    textDirection: direction,
    extensions: [StarterKit.configure({ heading: { levels: [2] } })],
    content: toTiptapDoc(text, headings),
    editorProps: { attributes: { class: "article-text", lang: language, dir: direction, "aria-readonly": "true" } },
  });
  useEffect(() => {
    if (!editor) return;
    onRendered?.(editor.view.dom as HTMLElement);
    return () => onRendered?.(null);
  }, [editor, onRendered]);
  return (
    <div className="article-body" lang={language} dir={direction} data-testid="article-body">
      <EditorContent editor={editor} />
    </div>
  );
}
