import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { getClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import { listClaims } from "@/lib/claims/list-claims";
import { AppError } from "@/lib/errors";
import { toW3CAnnotations } from "@/lib/exports/w3c";
import { getArticleReport } from "@/lib/reports/get-report";
import { getClaimHistory } from "@/lib/audit/get-history";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { createCheckedClaim, type TCheckedClaim } from "@/lib/testing/published-claim";
import { importAnnotations } from "./import-annotations";
import { ZW3CImport } from "./parse-w3c";

const FIRST = "نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال بطائرة مسيّرة مفخّخة استهدفت مقر إقامته في بغداد.";
const SECOND = "وقال المتحدث Ned Price إن 125 شخصاً أصيبوا 👨‍👩‍👧 في المنطقة الخضراء يوم 2021-11-06.";
const TEXT = `${FIRST}\n\n${SECOND}`;

const check = (exact: string, statement: string, ratingKey: string): TCheckedClaim => ({
  exact,
  statement,
  claimant: { name: "قيادة العمليات المشتركة", kind: "ORGANIZATION" },
  claimDate: "2021-11-07",
  ratingKey,
  conclusion: `خلاصة: ${statement}`,
  rationale: "تعليل.",
  sources: [{ url: "https://www.aljazeera.net/news/2021/11/7/kadhimi", title: "الجزيرة نت" }],
});

let ws: TestWorkspace;
let other: TestWorkspace;
let exported: unknown;
const newArticle = async (body = TEXT) =>
  (await createArticle(ws.members.FACT_CHECKER.actor, ZCreateArticle.parse({ title: "نسخة", body }))).id;
const parse = (value: unknown) => ZW3CImport.parse(value);

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("import"), createTestWorkspace("import-other")]);
  const checker = ws.members.FACT_CHECKER.actor;
  const source = await newArticle();
  await createCheckedClaim(checker, source, check("طائرة مسيّرة مفخّخة", "الكاظمي نجا من هجوم بطائرة مسيّرة", "true"));
  await createCheckedClaim(
    checker,
    source,
    check("125 شخصاً أصيبوا 👨‍👩‍👧", "أصيب 125 شخصاً في المنطقة الخضراء", "missing-context"),
  );
  exported = JSON.parse(JSON.stringify(toW3CAnnotations(await getArticleReport(checker, source))));
}, 60_000);

describe("W3C import (real PostgreSQL)", () => {
  it("gives back the exported claims at the same spans in a copy of the article, with statement, verdict and conclusion", async () => {
    const copy = await newArticle();
    const result = await importAnnotations(ws.members.FACT_CHECKER.actor, copy, parse(exported));
    expect(result).toMatchObject({ created: 2, anchored: 2, orphaned: [], skipped: [] });
    // Each imported claim's history starts with its creation, by the importer, marked as imported.
    for (const claim of result.claims) {
      const { entries } = await getClaimHistory(ws.members.VIEWER.actor, claim.id);
      expect(entries).toEqual([
        expect.objectContaining({
          action: "claim.created",
          actor: expect.objectContaining({ id: ws.members.FACT_CHECKER.id }),
          changes: expect.arrayContaining([expect.objectContaining({ field: "imported", after: true })]),
        }),
      ]);
    }
    const claims = await listClaims(ws.members.VIEWER.actor, copy);
    const items = (
      exported as { first: { items: { target: { selector: { start?: number; end?: number; exact?: string }[] } }[] } }
    ).first.items;
    expect(claims.map((c) => c.selector)).toEqual(
      items.map((a) =>
        expect.objectContaining({
          exact: a.target.selector[0].exact,
          start: a.target.selector[1].start,
          end: a.target.selector[1].end,
        }),
      ),
    );
    const sheet = await getClaimSheet(ws.members.VIEWER.actor, claims[1].id);
    expect(sheet).toMatchObject({
      status: "DRAFT",
      statement: "أصيب 125 شخصاً في المنطقة الخضراء",
      verdict: { rating: { key: "missing-context" }, conclusion: "خلاصة: أصيب 125 شخصاً في المنطقة الخضراء" },
    });
  });

  it("re-anchors into an edited copy like an edit would: moved words follow, lost words are orphaned and reported", async () => {
    const edited = await newArticle(
      `خبر عاجل في السطر الأول.\n\n${FIRST.replace("طائرة مسيّرة مفخّخة", "قذيفة هاون")}\n\n${SECOND}`,
    );
    const result = await importAnnotations(ws.members.EDITOR.actor, edited, parse(exported));
    expect(result).toMatchObject({ created: 2, anchored: 1 });
    expect(result.orphaned).toEqual([
      {
        index: 0,
        id: expect.any(String),
        exact: "طائرة مسيّرة مفخّخة",
        reason: expect.objectContaining({ key: expect.any(String) }),
      },
    ]);
    const [moved] = result.claims.filter((c) => c.anchored);
    const items = (exported as { first: { items: { target: { selector: { start: number }[] } }[] } }).first.items;
    expect(moved.selector.exact).toBe("125 شخصاً أصيبوا 👨‍👩‍👧");
    expect(moved.selector.start).toBe(
      items[1].target.selector[1].start -
        "طائرة مسيّرة مفخّخة".length +
        "قذيفة هاون".length +
        [..."خبر عاجل في السطر الأول.\n\n"].length,
    );
  });

  it("reads Hypothesis-shaped annotations (target list, several selector kinds) and reports the unreadable ones", async () => {
    const hypothesis = [
      {
        type: "Annotation",
        target: [
          {
            source: "https://example.org/a",
            selector: [
              { type: "RangeSelector", startContainer: "/p[1]" },
              { type: "TextQuoteSelector", exact: "مصطفى الكاظمي", prefix: "العراقي ", suffix: " من" },
            ],
          },
        ],
        body: [{ type: "TextualBody", value: "تعليق", purpose: "commenting" }],
      },
      { type: "Annotation", target: { source: "https://example.org/a" }, body: [] },
      "not an annotation",
    ];
    const result = await importAnnotations(ws.members.FACT_CHECKER.actor, await newArticle(), parse(hypothesis));
    expect(result).toMatchObject({
      created: 1,
      anchored: 1,
      skipped: [
        { index: 1, reason: expect.stringContaining("TextQuoteSelector") },
        { index: 2, reason: expect.any(String) },
      ],
    });
    expect(result.claims[0].selector).toMatchObject({ exact: "مصطفى الكاظمي", start: FIRST.indexOf("مصطفى الكاظمي") });
  });

  it("refuses viewers, other workspaces and empty or oversized imports", async () => {
    const copy = await newArticle();
    const refusal = async (promise: Promise<unknown>) =>
      (
        (await promise.then(
          () => null,
          (e: unknown) => e,
        )) as AppError
      ).code;
    expect(await refusal(importAnnotations(ws.members.VIEWER.actor, copy, parse(exported)))).toBe("forbidden");
    expect(await refusal(importAnnotations(other.members.ADMIN.actor, copy, parse(exported)))).toBe("not_found");
    expect(ZW3CImport.safeParse({ type: "AnnotationCollection", first: { items: [] } }).success).toBe(false);
    expect(ZW3CImport.safeParse(Array.from({ length: 1001 }, () => ({}))).success).toBe(false);
  });
});
