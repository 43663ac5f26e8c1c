import { describe, expect, it } from "vitest";
import type { ClaimStatus, Role } from "@/lib/db/generated/enums";
import { assignRefusal, deleteRefusal, editSheetRefusal, moveRefusal, type TClaimRef } from "./rules";

const claim = (status: ClaimStatus, over: Partial<TClaimRef> = {}): TClaimRef => ({
  status,
  createdById: "author",
  assigneeId: "author",
  firstPublished: null,
  ...over,
});
const who = (userId: string, role: Role) => ({ userId, role });
const code = (refusal: { code: string } | null) => refusal?.code ?? "allow";

describe("resource rules (lib/permissions/rules.ts)", () => {
  it("let the author delete a draft or a sent-back claim, editors and admins any unpublished claim, nobody a published one", () => {
    const statuses: ClaimStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"];
    expect(statuses.map((s) => code(deleteRefusal(who("author", "FACT_CHECKER"), claim(s))))).toEqual([
      "allow",
      "forbidden",
      "allow",
      "forbidden",
    ]);
    for (const role of ["EDITOR", "ADMIN"] as const)
      expect(statuses.map((s) => code(deleteRefusal(who("editor", role), claim(s))))).toEqual(
        statuses.map(() => "allow"),
      );
    const published = { firstPublished: "2026-01-01T00:00:00Z" };
    for (const status of ["PUBLISHED", "DRAFT", "IN_REVIEW", "RETRACTED"] as const) {
      expect(deleteRefusal(who("editor", "ADMIN"), claim(status, published))).toEqual({
        code: "conflict",
        key: "deletePublished",
      });
      expect(code(deleteRefusal(who("author", "FACT_CHECKER"), claim(status, published)))).toBe("conflict");
    }
    expect(code(deleteRefusal(who("other", "FACT_CHECKER"), claim("DRAFT")))).toBe("forbidden");
    expect(code(deleteRefusal(who("author", "VIEWER"), claim("DRAFT")))).toBe("forbidden");
  });

  it("give moving a claim its own rule: its author or checker, editors and admins, never once retracted", () => {
    expect(code(moveRefusal(who("author", "FACT_CHECKER"), claim("IN_REVIEW")))).toBe("allow");
    expect(code(moveRefusal(who("checker", "FACT_CHECKER"), claim("DRAFT", { assigneeId: "checker" })))).toBe("allow");
    expect(code(moveRefusal(who("other", "FACT_CHECKER"), claim("DRAFT")))).toBe("forbidden");
    expect(code(moveRefusal(who("editor", "EDITOR"), claim("PUBLISHED", { firstPublished: new Date() })))).toBe(
      "allow",
    );
    expect(code(moveRefusal(who("editor", "EDITOR"), claim("RETRACTED")))).toBe("conflict");
    expect(code(moveRefusal(who("author", "VIEWER"), claim("DRAFT")))).toBe("forbidden");
  });

  it("close a retracted claim's sheet and keep viewers out of every sheet", () => {
    expect(code(editSheetRefusal(who("x", "FACT_CHECKER"), claim("PUBLISHED")))).toBe("allow");
    expect(code(editSheetRefusal(who("x", "ADMIN"), claim("RETRACTED")))).toBe("conflict");
    expect(code(editSheetRefusal(who("x", "VIEWER"), claim("DRAFT")))).toBe("forbidden");
  });

  it("let editors assign anyone, and a checker only take an unassigned claim or give up their own", () => {
    expect(code(assignRefusal(who("e", "EDITOR"), { assigneeId: "a" }, "b"))).toBe("allow");
    expect(code(assignRefusal(who("c", "FACT_CHECKER"), { assigneeId: null }, "c"))).toBe("allow");
    expect(code(assignRefusal(who("c", "FACT_CHECKER"), { assigneeId: "c" }, null))).toBe("allow");
    expect(code(assignRefusal(who("c", "FACT_CHECKER"), { assigneeId: "a" }, "c"))).toBe("forbidden");
    expect(code(assignRefusal(who("c", "FACT_CHECKER"), { assigneeId: "c" }, "b"))).toBe("forbidden");
    expect(code(assignRefusal(who("v", "VIEWER"), { assigneeId: null }, "v"))).toBe("forbidden");
  });
});
