import type { Timing } from "./frame";

// What the Node side hands the page: each painter gets the claims in the offsets it natively takes.

export type PageClaim = {
  id: string;
  status: string;
  /** Code points of the canonical text: what Sanad stores. */
  start: number;
  end: number;
  /** UTF-16 units of the canonical text, as Hypothesis' TextPosition counts (span-wrapping baseline). */
  utf16Start: number;
  utf16End: number;
  /** UTF-16 units of the container's text nodes, which skip the "\n\n" between paragraphs (Recogito). */
  recogitoStart: number;
  recogitoEnd: number;
  quote: string;
};

/** `extra` is added near the top of the article (on screen), `far` about four fifths down (off screen). */
export type BenchInput = { text: string; claims: PageClaim[]; extra: PageClaim; far: PageClaim };

export const PAINTERS = ["sanad", "recogito-spans", "recogito-css", "span-wrap"] as const;
export type PainterName = (typeof PAINTERS)[number];

/** One painter on a freshly loaded article. */
export type PainterBench = {
  /** Offsets to DOM ranges for every claim, nothing drawn. */
  anchor(): Promise<Timing>;
  /** Every claim drawn on an article with none. */
  paint(): Promise<Timing>;
  /** One more claim drawn over the painted ones, on screen. */
  add(): Promise<Timing>;
  /** One more claim, far below the screen. */
  addFar(): Promise<Timing>;
  /** The page scrolled to the middle of the article, until the claims there are drawn. */
  scroll(): Promise<Timing>;
  /** How much is drawn, to check that the painter really drew. */
  drawn(): number;
  /** Throws unless every claim now on screen is drawn (checked after the scroll, untimed). */
  checkOnScreen?(): void;
};
