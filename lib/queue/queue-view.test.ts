import { describe, expect, it } from "vitest";
import { parseQueueParams } from "./queue-view";

describe("queue page filters from the URL", () => {
  it("keeps valid filters, drops invalid or empty ones, takes the first of repeated ones", () => {
    expect(parseQueueParams("work", { articleId: "a1", status: "DRAFT", rating: "true", assignee: "none" })).toEqual({
      kind: "work",
      articleId: "a1",
      status: "DRAFT",
      rating: "true",
      assignee: "none",
    });
    expect(parseQueueParams("review", { status: "DONE", rating: "", assignee: ["u1", "u2"], kind: "work" })).toEqual({
      kind: "review",
      assignee: "u1",
    });
    expect(parseQueueParams("work", { articleId: "x".repeat(101) })).toEqual({ kind: "work" });
  });
});
