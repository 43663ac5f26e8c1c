import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle, ZUpdateArticle } from "@/lib/articles/schemas";
import { updateArticle } from "@/lib/articles/update-article";
import { AppError } from "@/lib/errors";
import { listArticleEvents } from "@/lib/events/list-events";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { createClaim } from "./create-claim";
import { deleteClaim } from "./delete-claim";
import { listClaims } from "./list-claims";
import { reattachClaim } from "./reattach-claim";
import { ZCreateClaim } from "./schemas";

const TEXT = [
  'نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال فاشلة، بواسطة "طائرة مسيّرة مفخّخة"، استهدفت فجر الأحد 6 نوفمبر/تشرين الثاني 2021، مقرّ إقامته في بغداد.',
  "وأصيب 125 آخرون بجروح بحسب وزارة الصحة.",
  'وقال المتحدث باسم الوزارة نيد برايس (Ned Price) في بيان إن الهجوم "عمل إرهابي" 🇮🇶.',
].join("\n\n");

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;

const cp = (needle: string) => [...TEXT.slice(0, TEXT.indexOf(needle))].length;
const span = (needle: string) => ({ start: cp(needle), end: cp(needle) + [...needle].length });
const claimInput = (value: object) => ZCreateClaim.parse(value);

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : error;
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("claims"), createTestWorkspace("claims-other")]);
  const article = await createArticle(
    ws.members.FACT_CHECKER.actor,
    ZCreateArticle.parse({ title: "اختبار الادعاءات", body: TEXT }),
  );
  articleId = article.id;
  expect(article.text).toBe(TEXT);
});

describe("claims (real PostgreSQL)", () => {
  it("are created from a code-point span, trimmed to the words and with 32 code points of context", async () => {
    const { start, end } = span("طائرة مسيّرة مفخّخة");
    const claim = await createClaim(
      ws.members.FACT_CHECKER.actor,
      articleId,
      claimInput({ start: start - 1, end: end + 2 }),
    );
    expect(claim.selector).toMatchObject({ exact: "طائرة مسيّرة مفخّخة", start, end });
    expect([...claim.selector.prefix].length).toBe(32);
    // Routing: whoever marks a claim is its checker until someone else is assigned.
    expect(claim).toMatchObject({
      status: "DRAFT",
      anchored: true,
      revision: 1,
      assigneeId: ws.members.FACT_CHECKER.id,
      firstPublished: null,
    });
  });

  it("never split a letter from its harakat", async () => {
    const start = cp("مسيّرة") + 3; // inside the shadda'd letter cluster "يّ"
    const claim = await createClaim(ws.members.EDITOR.actor, articleId, claimInput({ start, end: start + 1 }));
    expect(claim.selector.exact).toBe("يّ");
  });

  it("count offsets in code points across emoji and Latin", async () => {
    const claim = await createClaim(ws.members.EDITOR.actor, articleId, claimInput({ exact: "Ned Price" }));
    expect(claim.selector).toMatchObject(span("Ned Price"));
    const flag = await createClaim(ws.members.EDITOR.actor, articleId, claimInput({ exact: "🇮🇶" }));
    expect(flag.selector.end - flag.selector.start).toBe(2);
  });

  it("are refused with a clear 422 for empty, outside, missing and ambiguous spans", async () => {
    const actor = ws.members.FACT_CHECKER.actor;
    expect(await codeOf(createClaim(actor, articleId, claimInput({ start: 5, end: 5 })))).toBe("validation_failed");
    expect(await codeOf(createClaim(actor, articleId, claimInput({ start: 0, end: 99_999 })))).toBe(
      "validation_failed",
    );
    expect(await codeOf(createClaim(actor, articleId, claimInput({ exact: "نص غير موجود في المقال" })))).toBe(
      "validation_failed",
    );
    expect(await codeOf(createClaim(actor, articleId, claimInput({ exact: "في" })))).toBe("validation_failed");
    expect(ZCreateClaim.safeParse({ start: -1, end: 2 }).success).toBe(false);
  });

  it("are listed in reading order and hidden from other workspaces and viewers' writes", async () => {
    const claims = await listClaims(ws.members.VIEWER.actor, articleId);
    const starts = claims.map((c) => c.selector.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(await codeOf(listClaims(other.members.ADMIN.actor, articleId))).toBe("not_found");
    expect(await codeOf(createClaim(other.members.ADMIN.actor, articleId, claimInput({ exact: "بغداد" })))).toBe(
      "not_found",
    );
    expect(await codeOf(createClaim(ws.members.VIEWER.actor, articleId, claimInput({ exact: "بغداد" })))).toBe(
      "forbidden",
    );
  });

  it("are deleted by their author or an editor, not by another checker or a viewer", async () => {
    const claim = await createClaim(ws.members.EDITOR.actor, articleId, claimInput({ exact: "وزارة الصحة" }));
    expect(await codeOf(deleteClaim(ws.members.VIEWER.actor, claim.id))).toBe("forbidden");
    expect(await codeOf(deleteClaim(ws.members.FACT_CHECKER.actor, claim.id))).toBe("forbidden");
    expect(await codeOf(deleteClaim(other.members.ADMIN.actor, claim.id))).toBe("not_found");
    await deleteClaim(ws.members.EDITOR.actor, claim.id);
    expect((await listClaims(ws.members.EDITOR.actor, articleId)).map((c) => c.id)).not.toContain(claim.id);
    const events = await listArticleEvents(ws.members.VIEWER.actor, articleId, 0n);
    expect(events.filter((e) => e.claimId === claim.id).map((e) => e.type)).toEqual(["claim.created", "claim.deleted"]);
  });
});

describe("editing an article re-anchors its claims", () => {
  it("follows claims after an insertion, through a changed word, and orphans a deleted sentence", async () => {
    const checker = ws.members.FACT_CHECKER.actor;
    const article = await createArticle(checker, ZCreateArticle.parse({ title: "تحرير", body: TEXT }));
    const date = await createClaim(checker, article.id, claimInput({ exact: "6 نوفمبر/تشرين الثاني 2021" }));
    const wounded = await createClaim(checker, article.id, claimInput({ exact: "وأصيب 125 آخرون بجروح" }));
    const quote = await createClaim(checker, article.id, claimInput({ exact: 'إن الهجوم "عمل إرهابي"' }));

    const edited = ("عاجل: " + TEXT)
      .replace("وأصيب 125 آخرون بجروح", "وأصيب 126 آخرون بجروح")
      .replace(
        'وقال المتحدث باسم الوزارة نيد برايس (Ned Price) في بيان إن الهجوم "عمل إرهابي" 🇮🇶.',
        "وأدانت واشنطن ما جرى.",
      );
    const result = await updateArticle(
      ws.members.EDITOR.actor,
      article.id,
      ZUpdateArticle.parse({ text: edited, revision: 1 }),
    );
    expect(result).toMatchObject({ reanchored: 2, orphaned: 1 });
    expect(result.article.revision).toBe(2);

    const claims = Object.fromEntries((await listClaims(checker, article.id)).map((c) => [c.id, c]));
    const textOf = (c: { selector: { start: number; end: number } }) =>
      [...edited].slice(c.selector.start, c.selector.end).join("");
    expect(textOf(claims[date.id])).toBe("6 نوفمبر/تشرين الثاني 2021");
    expect(claims[date.id].revision).toBe(2);
    expect(textOf(claims[wounded.id])).toBe("وأصيب 126 آخرون بجروح");
    expect(claims[quote.id]).toMatchObject({ anchored: false });
    expect(claims[quote.id].orphanReason?.key).toMatch(/gone|changed/);
    expect(claims[quote.id].selector.exact).toBe('إن الهجوم "عمل إرهابي"');

    const reattached = await reattachClaim(checker, quote.id, claimInput({ exact: "وأدانت واشنطن ما جرى" }));
    expect(reattached).toMatchObject({ anchored: true, orphanReason: null, revision: 2 });
  });

  it("refuses a stale revision and edits by a checker who is not the author", async () => {
    const article = await createArticle(
      ws.members.EDITOR.actor,
      ZCreateArticle.parse({ title: "قديم", body: "نص أول." }),
    );
    await updateArticle(ws.members.EDITOR.actor, article.id, ZUpdateArticle.parse({ text: "نص ثانٍ.", revision: 1 }));
    expect(
      await codeOf(
        updateArticle(ws.members.ADMIN.actor, article.id, ZUpdateArticle.parse({ text: "نص ثالث.", revision: 1 })),
      ),
    ).toBe("conflict");
    expect(
      await codeOf(updateArticle(ws.members.FACT_CHECKER.actor, article.id, ZUpdateArticle.parse({ title: "جديد" }))),
    ).toBe("forbidden");
    expect(
      await codeOf(updateArticle(other.members.ADMIN.actor, article.id, ZUpdateArticle.parse({ title: "جديد" }))),
    ).toBe("not_found");
  });
});
