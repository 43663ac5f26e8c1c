import { describe, expect, it } from "vitest";
import { createLimiter } from "./limiter";

describe("createLimiter", () => {
  it("runs one task at a time in arrival order and keeps going after a failure", async () => {
    const limit = createLimiter(1);
    const log: string[] = [];
    let active = 0;
    const task = (name: string, fail = false) =>
      limit(async () => {
        active++;
        log.push(`start ${name} (${active} running)`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        active--;
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      });
    const results = await Promise.allSettled([task("a"), task("b", true), task("c")]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(log).toEqual([
      "start a (1 running)",
      "end a",
      "start b (1 running)",
      "end b",
      "start c (1 running)",
      "end c",
    ]);
  });
});
