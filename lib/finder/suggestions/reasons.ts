/** Why a span is (or is less) worth checking. The first eight raise the score, the rest lower it. */
export type ReasonKind =
  | "figure"
  | "quantity"
  | "date"
  | "attribution"
  | "quote"
  | "comparison"
  | "event"
  | "entity"
  | "opinion"
  | "hope"
  | "question"
  | "thanks"
  | "exhortation"
  | "promise";

export const REASON_KINDS: readonly ReasonKind[] = [
  "figure",
  "quantity",
  "date",
  "attribution",
  "quote",
  "comparison",
  "event",
  "entity",
  "opinion",
  "hope",
  "question",
  "thanks",
  "exhortation",
  "promise",
];

/** Weights in log-odds: what each kind of reason adds to a span's score (counted once per span). */
export const WEIGHTS: Record<ReasonKind, number> = {
  figure: 2.0,
  quantity: 0.8,
  date: 1.2,
  attribution: 1.3,
  quote: 0.7,
  comparison: 1.3,
  event: 1.2,
  entity: 0.8,
  opinion: -2.2,
  hope: -2.5,
  question: -3.0,
  thanks: -2.5,
  exhortation: -2.5,
  promise: -2.0,
};

/** A span with no reason at all starts here; above THRESHOLD (after the logistic) it is suggested. */
export const BIAS = -1.0;
export const THRESHOLD = 0.5;

export type Reason = { kind: ReasonKind; start: number; end: number };
