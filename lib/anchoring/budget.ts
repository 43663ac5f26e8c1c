import { linearScan } from "@/lib/limits/work-budget";

// How much work finding one claim or quote may take, as a multiple of one pass over the text and the
// quote (lib/limits/work-budget.ts counts the steps). Ordinary searches take a small fraction of it
// (docs/benchmarks.md: "Bounded anchoring"); past it the words are reported unplaceable, not searched for
// longer. The floor lets short articles afford the fixed costs of context comparisons.
export const WORK_PER_SCANNED_UNIT = 48;
const WORK_FLOOR = 12_000_000;

export const searchBudget = (textLength: number, quoteLength: number) =>
  WORK_PER_SCANNED_UNIT * linearScan(textLength, quoteLength) + WORK_FLOOR;
