import { beforeAll, describe, expect, it } from "vitest";
import { toAppError } from "@/lib/api/errors";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { ZSetVerdict } from "@/lib/claim-sheet/schemas";
import { setVerdict } from "@/lib/claim-sheet/set-verdict";
import { createClaim } from "@/lib/claims/create-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { DEFAULT_RATINGS } from "./default-scale";
import { getRatingScale } from "./get-rating-scale";
import { replaceRatingScale } from "./replace-rating-scale";
import { ZRatingScale } from "./schemas";

let ws: TestWorkspace;
let other: TestWorkspace;

type TInputRating = {
  key: string;
  labelAr: string;
  labelEn: string;
  color: string;
  value: number | null;
  description?: string;
  retired?: boolean;
};
const defaults = (): TInputRating[] => DEFAULT_RATINGS.map((r) => ({ ...r }));
const scale = (ratings: TInputRating[]) => ZRatingScale.parse({ ratings });
const keysOf = (s: { ratings: { key: string }[] }) => s.ratings.map((r) => r.key);

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function claimWithRating(key: string) {
  const checker = ws.members.FACT_CHECKER.actor;
  const article = await createArticle(
    checker,
    ZCreateArticle.parse({ title: "سلم", body: "قال الوزير إن الهجوم فشل." }),
  );
  const claim = await createClaim(checker, article.id, ZCreateClaim.parse({ exact: "الهجوم فشل" }));
  await setVerdict(checker, claim.id, ZSetVerdict.parse({ version: 1, ratingKey: key }));
  return claim.id;
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("scale"), createTestWorkspace("scale-other")]);
});

describe("rating scale (real PostgreSQL)", () => {
  it("starts from the bilingual default in every workspace, best and worst from the active values", async () => {
    const current = await getRatingScale(ws.members.VIEWER.actor);
    expect(keysOf(current)).toEqual(["true", "mostly-true", "missing-context", "misleading", "false", "unverifiable"]);
    expect(current.ratings[0]).toMatchObject({
      key: "true",
      labelAr: "صحيح",
      labelEn: "True",
      value: 5,
      retired: false,
      usedBy: 0,
      position: 0,
    });
    expect(current.ratings[5]).toMatchObject({ labelAr: "لا يمكن التحقق", value: null });
    expect(current).toMatchObject({ bestRating: 5, worstRating: 1 });

    // A workspace made without the factory gets the default the first time its scale is read.
    const bare = await getDb().workspace.create({ data: { slug: `bare-${Date.now()}`, name: "bare" } });
    const lazily = await getRatingScale({ userId: ws.members.ADMIN.id, workspaceId: bare.id, role: "VIEWER" });
    expect(lazily.ratings).toHaveLength(DEFAULT_RATINGS.length);
  });

  it("is edited as a whole ordered list by admins: add, relabel, reorder", async () => {
    const ratings = defaults();
    ratings[1].labelEn = "Largely true";
    const edited = await replaceRatingScale(
      ws.members.ADMIN.actor,
      scale([
        ratings[4],
        ...ratings.slice(0, 4),
        { key: "satire", labelAr: "ساخر", labelEn: "Satire", color: "#8250DF", value: null },
        ratings[5],
      ]),
    );
    expect(keysOf(edited)).toEqual([
      "false",
      "true",
      "mostly-true",
      "missing-context",
      "misleading",
      "satire",
      "unverifiable",
    ]);
    expect(edited.ratings.find((r) => r.key === "mostly-true")).toMatchObject({ labelEn: "Largely true", position: 2 });
    expect(edited.ratings.find((r) => r.key === "satire")).toMatchObject({
      color: "#8250df",
      description: "",
      retired: false,
    });
    expect(keysOf(await getRatingScale(ws.members.VIEWER.actor))).toEqual(keysOf(edited));
    expect(keysOf(await getRatingScale(other.members.VIEWER.actor))).toEqual(DEFAULT_RATINGS.map((r) => r.key));
  });

  it("refuses to remove a rating that a claim uses, naming it, but lets it be retired", async () => {
    const claimId = await claimWithRating("missing-context");
    const withoutIt = defaults().filter((r) => r.key !== "missing-context" && r.key !== "unverifiable");
    const refused = await failure(replaceRatingScale(ws.members.ADMIN.actor, scale(withoutIt)));
    expect(refused.code).toBe("validation_failed");
    expect(refused.fields?.ratings).toBe(
      'These ratings are used by claims and cannot be removed: missing-context (1). Keep them in the list with "retired": true instead.',
    );
    expect(keysOf(await getRatingScale(ws.members.VIEWER.actor))).toContain("unverifiable");

    const retiring = defaults().map((r) => (r.key === "missing-context" ? { ...r, retired: true } : r));
    const retired = await replaceRatingScale(ws.members.ADMIN.actor, scale(retiring));
    expect(retired.ratings.find((r) => r.key === "missing-context")).toMatchObject({
      retired: true,
      usedBy: 1,
      retiredAt: expect.any(String),
    });
    expect(keysOf(retired)).not.toContain("satire");

    // Still shown on the claim that has it, and it may keep it; refused for a new verdict.
    const checker = ws.members.FACT_CHECKER.actor;
    const kept = await setVerdict(
      checker,
      claimId,
      ZSetVerdict.parse({ version: 2, ratingKey: "missing-context", conclusion: "صحيح لكن بلا سياق." }),
    );
    expect(kept.verdict.rating).toMatchObject({ key: "missing-context", retired: true });
    const fresh = await claimWithRating("true");
    const error = await failure(
      setVerdict(checker, fresh, ZSetVerdict.parse({ version: 2, ratingKey: "missing-context" })),
    );
    expect(error.fields?.ratingKey).toMatch(/is retired/);
  });

  it("refuses invalid scales with a message per field", () => {
    const fields = (ratings: unknown) => {
      const result = ZRatingScale.safeParse({ ratings });
      expect(result.success).toBe(false);
      return toAppError(result.error!).fields!; // in English
    };
    const [first, second] = defaults();
    expect(fields([first, { ...second, key: "true" }])["ratings.1.key"]).toMatch(/used more than once/);
    expect(fields([{ ...first, key: "True Story" }])["ratings.0.key"]).toMatch(/lower-case/);
    expect(fields([{ ...first, color: "red" }])["ratings.0.color"]).toMatch(/#1a7f37/);
    expect(fields([{ ...first, value: 3.5 }])["ratings.0.value"]).toMatch(/whole number/);
    expect(fields([{ ...first, labelAr: "صحيح\u202E" }])["ratings.0.labelAr"]).toMatch(/direction-override/);
    expect(fields([{ ...first, retired: true }]).ratings).toMatch(/at least one rating/);
    expect(fields([]).ratings).toMatch(/at least one rating/);
  });

  it("is changed only by admins", async () => {
    expect((await failure(replaceRatingScale(ws.members.EDITOR.actor, scale(defaults())))).code).toBe("forbidden");
    expect((await failure(replaceRatingScale(ws.members.VIEWER.actor, scale(defaults())))).code).toBe("forbidden");
  });
});
