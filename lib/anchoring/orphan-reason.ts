// Why a claim lost its words, as a key of claims.orphanReasons in messages/*.json and its numbers:
// stored on the claim (orphanReason, orphanParams) and worded in the reader's language where shown.
export const ORPHAN_REASONS = ["gone", "moved", "changed", "changedQuote", "empty", "costly"] as const;

export type TOrphanReason = {
  key: (typeof ORPHAN_REASONS)[number];
  /** For "changed" and "changedQuote": how much of the quote was found, and how much is needed (percent). */
  params?: { score: number; needed: number };
};
