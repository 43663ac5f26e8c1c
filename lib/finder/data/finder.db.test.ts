import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle, ZUpdateArticle } from "@/lib/articles/schemas";
import { updateArticle } from "@/lib/articles/update-article";
import { AppError } from "@/lib/errors";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { getArticleChecks } from "./article-checks";
import { getArticleSuggestions } from "./article-suggestions";
import { dismissSuggestion, undoDismissal } from "./dismissals";
import { getFinderSettings, updateFinderSettings } from "./finder-settings";

const TEXT = [
  "استهدفت الطائرة فجر الأحد 6 نوفمبر 2021 مقرّ إقامته في بغداد.",
  "قالت وزارة الصحة إن 12 شخصاً قُتلوا في الهجوم.",
  "نأمل أن تعود الحياة إلى طبيعتها.",
].join("\n\n");

let ws: TestWorkspace;
let other: TestWorkspace;
let articleId: string;

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : error;
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("finder"), createTestWorkspace("finder-other")]);
  const article = await createArticle(
    ws.members.FACT_CHECKER.actor,
    ZCreateArticle.parse({ title: "مكتشف", body: TEXT }),
  );
  articleId = article.id;
});

describe("claim finder data (real PostgreSQL)", () => {
  it("explains the current text's findings in the caller's language", async () => {
    const ar = await getArticleChecks(ws.members.VIEWER.actor, articleId, "ar");
    expect(ar.findings).toEqual([
      expect.objectContaining({
        kind: "weekday_mismatch",
        severity: "error",
        quote: "الأحد 6 نوفمبر 2021",
        message: "6 نوفمبر 2021 كان يوم السبت، لا الأحد.",
      }),
    ]);
    const en = await getArticleChecks(ws.members.VIEWER.actor, articleId, "en");
    expect(en.findings[0].message).toBe("6 November 2021 was a Saturday, not a Sunday.");
  });

  it("suggests the factual sentences, remembers a dismissal across edits and undoes it", async () => {
    const checker = ws.members.FACT_CHECKER.actor;
    const first = await getArticleSuggestions(checker, articleId);
    expect(first.suggestions.map((s) => s.quote)).toEqual([
      "استهدفت الطائرة فجر الأحد 6 نوفمبر 2021 مقرّ إقامته في بغداد.",
      "قالت وزارة الصحة إن 12 شخصاً قُتلوا في الهجوم.",
    ]);
    const target = first.suggestions[1];
    const dismissal = await dismissSuggestion(checker, articleId, { start: target.start, end: target.end });
    expect(dismissal.quote).toBe(target.quote);
    expect(await dismissSuggestion(checker, articleId, { start: target.start, end: target.end })).toEqual(dismissal);

    await updateArticle(
      ws.members.EDITOR.actor,
      articleId,
      ZUpdateArticle.parse({ text: "مقدمة جديدة للمقال.\n\n" + TEXT }),
    );
    const after = await getArticleSuggestions(checker, articleId);
    expect(after.revision).toBe(2);
    expect(after.suggestions.map((s) => s.quote)).not.toContain(target.quote);
    expect(after.dismissed).toEqual([dismissal]);

    await undoDismissal(checker, articleId, dismissal.id);
    const undone = await getArticleSuggestions(checker, articleId);
    expect(undone.suggestions.map((s) => s.quote)).toContain(target.quote);
    expect(undone.dismissed).toEqual([]);
  });

  it("refuses a span that is not a suggestion, viewers, and other workspaces", async () => {
    expect(await codeOf(dismissSuggestion(ws.members.FACT_CHECKER.actor, articleId, { start: 0, end: 3 }))).toBe(
      "validation_failed",
    );
    const { suggestions } = await getArticleSuggestions(ws.members.VIEWER.actor, articleId);
    const { start, end } = suggestions[0];
    expect(await codeOf(dismissSuggestion(ws.members.VIEWER.actor, articleId, { start, end }))).toBe("forbidden");
    expect(await codeOf(dismissSuggestion(other.members.ADMIN.actor, articleId, { start, end }))).toBe("not_found");
    expect(await codeOf(getArticleChecks(other.members.ADMIN.actor, articleId, "en"))).toBe("not_found");
    expect(await codeOf(getArticleSuggestions(other.members.ADMIN.actor, articleId))).toBe("not_found");
    const dismissal = await dismissSuggestion(ws.members.FACT_CHECKER.actor, articleId, { start, end });
    expect(await codeOf(undoDismissal(other.members.ADMIN.actor, articleId, dismissal.id))).toBe("not_found");
    await undoDismissal(ws.members.EDITOR.actor, articleId, dismissal.id);
  });

  it("lets admins turn suggestions off for the workspace; checks stay on", async () => {
    expect(await codeOf(updateFinderSettings(ws.members.EDITOR.actor, { suggestions: false }))).toBe("forbidden");
    expect(await updateFinderSettings(ws.members.ADMIN.actor, { suggestions: false })).toEqual({ suggestions: false });
    expect(await getFinderSettings(ws.members.VIEWER.actor)).toEqual({ suggestions: false });
    const off = await getArticleSuggestions(ws.members.FACT_CHECKER.actor, articleId);
    expect(off).toMatchObject({ enabled: false, suggestions: [] });
    expect((await getArticleChecks(ws.members.FACT_CHECKER.actor, articleId, "en")).findings).toHaveLength(1);
    expect(await getFinderSettings(other.members.ADMIN.actor)).toEqual({ suggestions: true });
    await updateFinderSettings(ws.members.ADMIN.actor, { suggestions: true });
  });
});
