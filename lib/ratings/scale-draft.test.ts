import { describe, expect, it } from "vitest";
import { DEFAULT_RATINGS } from "./default-scale";
import { draftsOf, errorsByDraft, moveDraft, newDraft, scalePayload, suggestKey } from "./scale-draft";
import { ZRatingScale } from "./schemas";

const saved = draftsOf(
  DEFAULT_RATINGS.map((r, position) => ({
    ...r,
    position,
    retired: false,
    retiredAt: null,
    usedBy: position === 2 ? 3 : 0,
  })),
);

describe("rating scale drafts (the editor's state)", () => {
  it("round-trips the saved scale into a payload the API schema accepts", () => {
    expect(saved[5]).toMatchObject({ id: "saved-unverifiable", saved: true, value: "" });
    expect(saved[2].usedBy).toBe(3);
    const payload = scalePayload(saved);
    expect(ZRatingScale.parse(payload).ratings.map((r) => [r.key, r.value])).toEqual(
      DEFAULT_RATINGS.map((r) => [r.key, r.value]),
    );
  });

  it("moves a draft one place and leaves the list alone at its ends", () => {
    expect(
      moveDraft(saved, 1, -1)
        .map((d) => d.key)
        .slice(0, 2),
    ).toEqual(["mostly-true", "true"]);
    expect(moveDraft(saved, 5, 1)).toBe(saved);
    expect(moveDraft(saved, 0, -1)).toBe(saved);
  });

  it("sends an empty value as null and a non-number as typed, so the server names the problem", () => {
    const draft = { ...newDraft("new-1"), key: " satire ", labelAr: "ساخر", labelEn: "Satire" };
    expect(scalePayload([draft]).ratings[0]).toMatchObject({
      key: "satire",
      value: null,
      retired: false,
      color: "#6e7781",
    });
    expect(scalePayload([{ ...draft, value: "2" }]).ratings[0].value).toBe(2);
    const refused = ZRatingScale.safeParse(scalePayload([{ ...draft, value: "e" }]));
    expect(refused.success).toBe(false);
  });

  it("proposes keys from English labels", () => {
    expect(suggestKey("Mostly True!")).toBe("mostly-true");
    expect(suggestKey("  Half—false  ")).toBe("half-false");
    expect(suggestKey("ساخر")).toBe("");
    expect(suggestKey("a".repeat(39) + " b")).toBe("a".repeat(39));
  });

  it("attaches per-field messages to the drafts that were sent, whatever their order later", () => {
    const sent = [saved[0], newDraft("new-7")];
    const errors = errorsByDraft(sent, {
      "ratings.1.labelAr": "Required.",
      "ratings.1.key": "Bad key.",
      ratings: "In use.",
      "ratings.9.key": "Gone.",
    });
    expect(errors.byId).toEqual({ "new-7": { labelAr: "Required.", key: "Bad key." } });
    expect(errors.general).toBe("In use. Gone.");
    expect(errorsByDraft(sent, {})).toEqual({ byId: {} });
  });
});
