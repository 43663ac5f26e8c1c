import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/db/generated/enums";
import { checkTransition, missingForSubmit, RULES, TRANSITIONS, type TClaimFacts } from "./rules";

const facts = (over: Partial<TClaimFacts> = {}): TClaimFacts => ({
  status: "IN_REVIEW",
  createdById: "author",
  assigneeId: "checker",
  submittedById: "author",
  statement: "نص",
  ratingId: "r",
  conclusion: "خلاصة",
  sourceCount: 1,
  publicationCount: 0,
  editorsSinceSubmission: [],
  ...over,
});
const as = (userId: string, role: Role) => ({ userId, role, workspaceId: "w" });

describe("workflow rules", () => {
  it("name every missing requirement for submission, blank text counting as missing", () => {
    expect(missingForSubmit(facts())).toEqual({});
    expect(
      Object.keys(missingForSubmit(facts({ statement: null, ratingId: null, conclusion: "  ", sourceCount: 0 }))),
    ).toEqual(["statement", "verdict", "conclusion", "sources"]);
  });

  it("move only from the states the workflow allows", () => {
    const from = Object.fromEntries(TRANSITIONS.map((t) => [t, RULES[t].from]));
    expect(from).toEqual({
      submit: ["DRAFT", "CHANGES_REQUESTED"],
      request_changes: ["IN_REVIEW"],
      approve: ["IN_REVIEW"],
      publish: ["APPROVED"],
      reopen: ["IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED"],
      retract: ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED"],
    });
    expect(checkTransition(as("editor", "EDITOR"), facts({ status: "DRAFT" }), "approve")).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("DRAFT"),
    });
  });

  it("keep four eyes: not the author, checker or submitter, nor whoever changed published content since submission", () => {
    for (const who of ["author", "checker"])
      expect(checkTransition(as(who, "EDITOR"), facts(), "approve")?.code).toBe("forbidden");
    expect(checkTransition(as("editor", "ADMIN"), facts({ editorsSinceSubmission: ["editor"] }), "approve")?.code).toBe(
      "forbidden",
    );
    expect(checkTransition(as("editor", "EDITOR"), facts(), "approve")).toBeNull();
  });

  it("require a comment to send back and a note to republish", () => {
    expect(checkTransition(as("editor", "EDITOR"), facts(), "request_changes")?.fields).toHaveProperty("comment");
    expect(checkTransition(as("editor", "EDITOR"), facts(), "request_changes", "أضف مصدرًا")).toBeNull();
    const republish = facts({ status: "APPROVED", publicationCount: 1 });
    expect(checkTransition(as("editor", "EDITOR"), republish, "publish")?.fields).toHaveProperty("comment");
    expect(checkTransition(as("editor", "EDITOR"), republish, "publish", "صُحّح الرقم")).toBeNull();
  });

  it("retract only what was published, by an editor or admin who is not its checker, with a public note", () => {
    const published = facts({ status: "PUBLISHED", publicationCount: 1 });
    const note = "الرقم الذي بُني عليه التحقق خاطئ.";
    expect(checkTransition(as("editor", "EDITOR"), published, "retract", note)).toBeNull();
    expect(checkTransition(as("editor", "EDITOR"), published, "retract")?.fields).toHaveProperty("comment");
    expect(checkTransition(as("checker", "ADMIN"), published, "retract", note)?.code).toBe("forbidden");
    expect(checkTransition(as("author", "FACT_CHECKER"), published, "retract", note)?.code).toBe("forbidden");
    // A correction under way is still on the public record.
    expect(checkTransition(as("editor", "ADMIN"), facts({ publicationCount: 2 }), "retract", note)).toBeNull();
    expect(checkTransition(as("editor", "EDITOR"), facts(), "retract", note)?.code).toBe("conflict");
    expect(
      checkTransition(as("editor", "EDITOR"), facts({ status: "RETRACTED", publicationCount: 1 }), "retract", note)
        ?.code,
    ).toBe("conflict");
    // Nothing moves a retracted claim again.
    for (const action of TRANSITIONS) expect(RULES[action].from).not.toContain("RETRACTED");
  });
});
