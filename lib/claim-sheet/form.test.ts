import { describe, expect, it } from "vitest";
import {
  afterOwnSave,
  changedGroups,
  mergeForms,
  pickGroup,
  sentGroups,
  sheetPatch,
  verdictBody,
  type TSheetForm,
} from "./form";

const base: TSheetForm = {
  statement: "عدد الضحايا تجاوز 300",
  claimantName: "",
  claimantKind: "",
  claimantRole: "",
  claimDate: "",
  appearances: [],
  tags: [],
  checkWorthiness: "",
  assigneeId: "",
  reviewerId: "",
  ratingKey: "",
  conclusion: "",
  rationale: null,
};

describe("claim sheet form", () => {
  it("sends only the groups that changed, blanks as null", () => {
    const draft = {
      ...base,
      claimantName: "وزارة الصحة",
      claimantKind: "ORGANIZATION",
      claimDate: "2021-11-06",
      statement: " ",
    };
    expect(sheetPatch(base, draft)).toEqual({
      statement: null,
      claimant: { name: "وزارة الصحة", kind: "ORGANIZATION", role: null },
      claimDate: "2021-11-06",
    });
    expect(sheetPatch(base, { ...base })).toBeNull();
  });

  it("clears the claimant when its name is emptied", () => {
    const withClaimant = { ...base, claimantName: "أحمد", claimantKind: "PERSON" };
    expect(sheetPatch(withClaimant, { ...withClaimant, claimantName: "" })).toEqual({ claimant: null });
  });

  it("sends the whole verdict when any part of it changed, and nothing otherwise", () => {
    expect(verdictBody(base, { ...base, tags: ["انتخابات"] })).toBeNull();
    expect(verdictBody(base, { ...base, conclusion: "الرقم غير دقيق" })).toEqual({
      ratingKey: null,
      conclusion: "الرقم غير دقيق",
    });
    const rationale = { type: "doc", content: [] };
    expect(verdictBody(base, { ...base, ratingKey: "false", rationale })).toEqual({
      ratingKey: "false",
      conclusion: null,
      rationale,
    });
  });

  it("merges a stale draft: my fields kept, theirs taken, both-changed fields are conflicts", () => {
    const mine = { ...base, statement: "صياغتي", tags: ["صحة"], conclusion: "خاطئ" };
    const theirs = { ...base, statement: "صياغتهم", claimDate: "2021-11-06", conclusion: "خاطئ" };
    const { merged, conflicts } = mergeForms(base, mine, theirs);
    expect(conflicts).toEqual(["statement"]);
    expect(merged).toMatchObject({ statement: "صياغتي", tags: ["صحة"], claimDate: "2021-11-06", conclusion: "خاطئ" });
    expect(pickGroup(merged, theirs, "statement").statement).toBe("صياغتهم");
  });

  it("treats the claimant's name, kind and role as one field", () => {
    const mine = { ...base, claimantName: "أحمد", claimantKind: "PERSON" };
    const theirs = { ...base, claimantName: "أحمد", claimantKind: "SOCIAL_ACCOUNT" };
    expect(changedGroups(base, mine)).toEqual(["claimant"]);
    expect(mergeForms(base, mine, theirs).conflicts).toEqual(["claimant"]);
  });
});

describe("after my own save", () => {
  it("takes the server's tidied values for what was sent, keeps what was typed since and what was not sent", () => {
    const sentForm = { ...base, statement: "  صياغة  ", conclusion: "خاطئ" };
    const mine = { ...sentForm, tags: ["صحة"] };
    const saved = { ...base, statement: "صياغة" };
    const merged = afterOwnSave({ form: sentForm, groups: sentGroups(base, sentForm, false) }, mine, saved);
    expect(merged).toMatchObject({ statement: "صياغة", tags: ["صحة"], conclusion: "خاطئ" });
  });

  it("keeps a field typed into while its save was on the way", () => {
    const sentForm = { ...base, statement: "صياغة أولى" };
    const mine = { ...base, statement: "صياغة أولى ثم ثانية" };
    expect(
      afterOwnSave({ form: sentForm, groups: ["statement"] }, mine, { ...base, statement: "صياغة أولى" }).statement,
    ).toBe("صياغة أولى ثم ثانية");
  });

  it("does not count an empty appearance row as a change", () => {
    expect(changedGroups(base, { ...base, appearances: [""] })).toEqual([]);
    expect(sheetPatch(base, { ...base, appearances: ["", "https://x.test/a"] })).toEqual({
      appearances: ["https://x.test/a"],
    });
  });
});
