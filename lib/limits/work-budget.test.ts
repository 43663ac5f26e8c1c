import { describe, expect, it } from "vitest";
import { runWithinBudget, spendWork, WorkBudgetExceeded } from "./work-budget";

describe("work budgets", () => {
  it("count the steps of the work run within them, nested ones included", () => {
    const outer = runWithinBudget(100, () => {
      spendWork(10);
      return runWithinBudget(50, () => spendWork(20)).spent;
    });
    expect(outer).toEqual({ value: 20, spent: 30 });
  });

  it("stop the work at the first budget exhausted, and are closed afterwards", () => {
    expect(() => runWithinBudget(100, () => runWithinBudget(1_000, () => spendWork(101)))).toThrow(WorkBudgetExceeded);
    expect(() => spendWork(1e12)).not.toThrow();
  });
});
