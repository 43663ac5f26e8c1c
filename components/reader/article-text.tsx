import { BLOCK_SEPARATOR } from "@/lib/articles/document";

type Props = {
  text: string;
  headings: number[];
  language: string;
  direction: "rtl" | "ltr";
  /** The reader's name, and where its keys are described (the region is focusable for caret browsing). */
  label: string;
  describedBy?: string;
};

/**
 * The article's canonical text as plain elements, one per block (paragraph or sub-heading): rendered on
 * the server, so the first HTML response already shows the text laid out as the reader does. Highlights,
 * the caret and every tool attach to these nodes after hydration without changing them (TextMap maps code
 * points onto any DOM of the canonical text whose root's children are the blocks). No hooks: it renders
 * as a Server Component.
 */
export function ArticleText({ text, headings, language, direction, label, describedBy }: Props) {
  const headingSet = new Set(headings);
  return (
    <div
      className="article-text"
      id="article-text"
      lang={language}
      dir={direction}
      role="region"
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={0}
    >
      {text
        .split(BLOCK_SEPARATOR)
        .map((block, index) => (headingSet.has(index) ? <h2 key={index}>{block}</h2> : <p key={index}>{block}</p>))}
    </div>
  );
}
