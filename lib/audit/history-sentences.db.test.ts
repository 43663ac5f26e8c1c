import { createTranslator } from "use-intl/core";
import { beforeAll, describe, expect, it } from "vitest";
import { ZUpdateArticle } from "@/lib/articles/schemas";
import { updateArticle } from "@/lib/articles/update-article";
import { ZSetVerdict, ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { setVerdict } from "@/lib/claim-sheet/set-verdict";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { deleteClaim } from "@/lib/claims/delete-claim";
import { reattachClaim } from "@/lib/claims/reattach-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { createComment } from "@/lib/comments/create-comment";
import { ZCreateComment, ZUpdateComment } from "@/lib/comments/schemas";
import { updateComment } from "@/lib/comments/update-comment";
import { getDb } from "@/lib/db/client";
import { addSource } from "@/lib/sources/add-source";
import { ZCreateSource } from "@/lib/sources/schemas";
import { createTestArticle, createTestClaim, TEST_ARTICLE } from "@/lib/testing/claims";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { ZTransition } from "@/lib/workflow/schemas";
import { transitionClaim } from "@/lib/workflow/transition-claim";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import type { TAuditAction } from "./record-audit";
import { getClaimHistory } from "./get-history";
import { describeHistoryEntry, type THistoryLine, type TTranslate } from "./history-sentences";

let ws: TestWorkspace;
const T = {
  ar: createTranslator({ locale: "ar", messages: ar }) as unknown as TTranslate,
  en: createTranslator({ locale: "en", messages: en }) as unknown as TTranslate,
};
const ALL_ACTIONS: TAuditAction[] = [
  "claim.created",
  "claim.deleted",
  "claim.reattached",
  "claim.orphaned",
  "claim.reanchored",
  "sheet.updated",
  "workflow.submit",
  "workflow.request_changes",
  "workflow.approve",
  "workflow.publish",
  "workflow.reopen",
  "workflow.retract",
  "workflow.approval_dismissed",
  "workflow.correction_started",
  "comment.created",
  "comment.edited",
  "comment.resolved",
  "comment.reopened",
];

const lineText = (line: THistoryLine) =>
  [line.label, line.text, line.before, line.after, ...(line.diff ?? []).map((d) => `${d.op}:${d.text}`)]
    .filter(Boolean)
    .join(" | ");

/** Every entry of the claims' histories as text, in one language. */
async function readAs(locale: "ar" | "en", claimIds: string[]) {
  const out: { action: string; sentence: string; lines: string[] }[] = [];
  for (const id of claimIds) {
    const { entries, ratings } = await getClaimHistory(ws.members.VIEWER.actor, id);
    for (const entry of entries) {
      const { sentence, lines } = describeHistoryEntry(entry, { t: T[locale], locale, ratings });
      out.push({ action: entry.action, sentence, lines: lines.map(lineText) });
    }
  }
  return out;
}

const name = (role: string) => `${role} ${ws.slug}`;
let claimIds: string[] = [];

beforeAll(async () => {
  ws = await createTestWorkspace("sentences");
  const { FACT_CHECKER: checker, EDITOR: editor, ADMIN: admin } = ws.members;
  const articleId = await createTestArticle(checker.actor);
  const act = (who: typeof checker, id: string, action: string, comment?: string) =>
    transitionClaim(who.actor, id, ZTransition.parse({ action, comment }));

  // One claim through the whole life of a published fact-check.
  const main = await createTestClaim(checker.actor, articleId);
  await updateClaimSheet(
    editor.actor,
    main.id,
    ZUpdateClaimSheet.parse({
      version: main.version,
      claimant: { name: "خلية الإعلام الأمني", kind: "ORGANIZATION" },
      claimDate: "2021-11-07",
      checkWorthiness: "HIGH",
      tags: ["أمن", "بغداد"],
      reviewerId: editor.id,
    }),
  );
  await act(checker, main.id, "submit");
  await act(editor, main.id, "request_changes", "أضف بيان رئاسة الوزراء.");
  await addSource(
    checker.actor,
    main.id,
    ZCreateSource.parse({
      version: (await getDb().claim.findUniqueOrThrow({ where: { id: main.id } })).version,
      url: "https://pmo.iq/statement",
      title: "بيان رئاسة الوزراء",
    }),
  );
  await act(checker, main.id, "submit");
  const approved = await act(editor, main.id, "approve");
  await setVerdict(
    checker.actor,
    main.id,
    ZSetVerdict.parse({
      version: approved.version,
      ratingKey: "mostly-true",
      conclusion: "صحيح في معظمه.",
      rationale: {
        type: "doc",
        content: [{ type: "paragraph", content: [{ type: "text", text: "أكدت الحكومة الهجوم" }] }],
      },
    }),
  );
  await act(admin, main.id, "approve");
  await act(admin, main.id, "publish");
  await updateClaimSheet(
    checker.actor,
    main.id,
    ZUpdateClaimSheet.parse({
      version: (await getDb().claim.findUniqueOrThrow({ where: { id: main.id } })).version,
      statement: "الكاظمي نجا من هجوم بطائرتين",
    }),
  );
  await act(editor, main.id, "approve");
  await act(editor, main.id, "publish", "صُحّح عدد الطائرات.");
  await act(admin, main.id, "retract", "تبيّن أن البيان مزوّر.");
  const root = await createComment(editor.actor, main.id, ZCreateComment.parse({ body: "هل راجعنا الصور؟" }));
  await createComment(checker.actor, main.id, ZCreateComment.parse({ body: "نعم", parentId: root.id }));
  await updateComment(editor.actor, main.id, root.id, ZUpdateComment.parse({ body: "هل راجعنا الصور والفيديو؟" }));
  await updateComment(checker.actor, main.id, root.id, ZUpdateComment.parse({ resolved: true }));
  await updateComment(editor.actor, main.id, root.id, ZUpdateComment.parse({ resolved: false }));

  // Another that loses its words, is attached again, goes back to draft and is deleted.
  const other = await createTestClaim(editor.actor, articleId, { ready: false, exact: "7 من أفراد الحماية" });
  const article = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
  const edited = TEST_ARTICLE.replace("وأصيب 7 من أفراد الحماية بجروح.", "ولم تُسجَّل إصابات.");
  await updateArticle(editor.actor, articleId, ZUpdateArticle.parse({ text: edited, revision: article.revision }));
  await reattachClaim(editor.actor, other.id, ZCreateClaim.parse({ exact: "ولم تُسجَّل إصابات" }));
  const back = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
  await updateArticle(
    editor.actor,
    articleId,
    ZUpdateArticle.parse({ text: `${edited}\n\nفقرة جديدة.`, revision: back.revision }),
  );
  const third = await createTestClaim(checker.actor, articleId, { exact: "محاولة اغتيال" });
  await act(checker, third.id, "submit");
  await act(checker, third.id, "reopen");
  await deleteClaim(checker.actor, third.id);
  claimIds = [main.id, other.id, third.id];

  // An orphan found again: make the second claim lose its words, then put them back.
  const now = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
  const gone = `${edited.replace("ولم تُسجَّل إصابات.", "")}\n\nفقرة جديدة.`;
  await updateArticle(editor.actor, articleId, ZUpdateArticle.parse({ text: gone, revision: now.revision }));
  const later = await getDb().article.findUniqueOrThrow({ where: { id: articleId } });
  await updateArticle(
    editor.actor,
    articleId,
    ZUpdateArticle.parse({ text: `${edited}\n\nفقرة جديدة.`, revision: later.revision }),
  );
}, 120_000);

describe("history sentences (real PostgreSQL, both languages)", () => {
  it("cover every audit action, with no raw key, field name, enum value or JSON in either language", async () => {
    for (const locale of ["ar", "en"] as const) {
      const read = await readAs(locale, claimIds);
      expect(new Set(read.map((r) => r.action))).toEqual(new Set(ALL_ACTIONS));
      for (const { action, sentence, lines } of read) {
        const text = [sentence, ...lines].join("\n");
        expect(text, `${locale} ${action}`).not.toMatch(/history\.|sheet\.|\{|\}|assigneeId|reviewerId|ratingKey/);
        expect(text, `${locale} ${action}`).not.toMatch(/\b(DRAFT|IN_REVIEW|HIGH|ORGANIZATION|mostly-true)\b/);
        expect(sentence, `${locale} ${action}`).toMatch(/(FACT_CHECKER|EDITOR|ADMIN) sentences-/);
      }
    }
  });

  it("read as sentences with the change in words, in Arabic", async () => {
    const read = await readAs("ar", claimIds);
    const find = (action: string, n = 0) => read.filter((r) => r.action === action)[n];
    expect(find("claim.created").sentence).toBe(`حدّد ${name("FACT_CHECKER")} الادعاء «بطائرة مسيّرة مفخّخة»`);
    const assigned = read.find((r) => r.sentence.includes("صاحب الادعاء"))!;
    expect(assigned.sentence).toBe(`غيّر ${name("EDITOR")} صاحب الادعاء وتاريخ الادعاء والوسوم وأهمية التحقق والمراجع`);
    expect(assigned.lines).toEqual([
      "صاحب الادعاء | لا شيء | خلية الإعلام الأمني، مؤسسة",
      "تاريخ الادعاء | لا شيء | 7 نوفمبر 2021",
      "الوسوم | أضاف أمن وبغداد",
      "أهمية التحقق | لا شيء | عالية",
      `المراجع | لا شيء | ${name("EDITOR")}`,
    ]);
    const verdict = read.find((r) => r.lines.some((l) => l.includes("صحيح في معظمه")))!;
    expect(verdict.lines).toContain("التقييم | صحيح | صحيح في معظمه");
    expect(verdict.lines.find((l) => l.startsWith("التعليل"))).toContain("added:أكدت الحكومة الهجوم");
    expect(find("workflow.request_changes").lines).toEqual(["التعليق | أضف بيان رئاسة الوزراء."]);
    expect(find("workflow.approval_dismissed").sentence).toBe(
      `غيّر ${name("FACT_CHECKER")} الحكم بعد الاعتماد فأُلغي الاعتماد`,
    );
    expect(find("workflow.publish", 1).sentence).toBe(`نشر ${name("EDITOR")} التصحيح 2`);
    expect(find("workflow.publish", 1).lines).toEqual(["الملاحظة | التصحيح 2: صُحّح عدد الطائرات."]);
    expect(find("workflow.retract").lines).toEqual(["الملاحظة | سُحب التحقق: تبيّن أن البيان مزوّر."]);
    expect(find("claim.reattached").lines).toEqual(["الكلمات المقتبسة | 7 من أفراد الحماية | ولم تُسجَّل إصابات"]);
    expect(find("comment.created", 2).sentence).toBe(`ردّ ${name("FACT_CHECKER")} في نقاش`);
  });

  it("read as the same sentences in English", async () => {
    const read = await readAs("en", claimIds);
    const find = (action: string, n = 0) => read.filter((r) => r.action === action)[n];
    expect(find("claim.created").sentence).toBe(`${name("FACT_CHECKER")} marked the claim «بطائرة مسيّرة مفخّخة»`);
    expect(find("workflow.correction_started").sentence).toBe(
      `${name("FACT_CHECKER")} changed the statement of the published claim, which started a correction`,
    );
    const sources = read.filter((r) => r.lines.some((l) => l.startsWith("Sources")))[1];
    expect(sources.lines).toEqual(["Sources | added “بيان رئاسة الوزراء”"]);
    expect(find("workflow.retract").sentence).toBe(`${name("ADMIN")} retracted the published claim`);
    expect(find("comment.edited").lines[0]).toContain("added:والفيديو");
    expect(find("claim.orphaned").sentence).toBe(
      `${name("EDITOR")} edited the article's text, and the claim lost its words`,
    );
    expect(find("claim.deleted").sentence).toBe(`${name("FACT_CHECKER")} deleted the claim`);
  });
});
