// Text searches run on the request thread, so one search over a long article must not be able to keep
// the server busy. Each search primitive reports the elementary steps it takes (characters compared,
// edit-table cells, bit-vector blocks) to the budgets open around it; the first one exhausted stops the
// search with WorkBudgetExceeded, and the caller reports the words as not placeable instead of looking
// longer. The search code is synchronous, so the open budgets form a stack no other request can see.

export class WorkBudgetExceeded extends Error {
  constructor(readonly limit: number) {
    super(`The search took more than ${limit} steps.`);
    this.name = "WorkBudgetExceeded";
  }
}

type Meter = { spent: number; limit: number };
const open: Meter[] = [];

/** Counts `steps` against every open budget; throws when one of them runs out. No-op outside a budget. */
export function spendWork(steps: number): void {
  for (const meter of open) {
    meter.spent += steps;
    if (meter.spent > meter.limit) throw new WorkBudgetExceeded(meter.limit);
  }
}

/** Runs the synchronous `work` within `limit` steps; returns its value and the steps it took. */
export function runWithinBudget<T>(limit: number, work: () => T): { value: T; spent: number } {
  const meter = { spent: 0, limit };
  open.push(meter);
  try {
    return { value: work(), spent: meter.spent };
  } finally {
    open.splice(open.indexOf(meter), 1);
  }
}

/** The steps a single linear pass over the text and the quote takes: what every bound is a multiple of. */
export const linearScan = (textLength: number, quoteLength: number) => textLength + quoteLength;
