import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { createClaim } from "@/lib/claims/create-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { listTags } from "./list-tags";
import { ZUpdateClaimSheet } from "./schemas";
import { updateClaimSheet } from "./update-claim-sheet";

let ws: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("tags"), createTestWorkspace("tags-other")]);
  const checker = ws.members.FACT_CHECKER.actor;
  const article = await createArticle(
    checker,
    ZCreateArticle.parse({
      title: "وسوم",
      body: "الانتخابات العراقية جرت في العاشر من أكتوبر. وشارك فيها 41% من الناخبين.",
    }),
  );
  const first = await createClaim(checker, article.id, ZCreateClaim.parse({ exact: "الانتخابات العراقية" }));
  const second = await createClaim(checker, article.id, ZCreateClaim.parse({ exact: "41% من الناخبين" }));
  await updateClaimSheet(checker, first.id, ZUpdateClaimSheet.parse({ version: 1, tags: ["الإنتخابات", "العراق"] }));
  await updateClaimSheet(checker, second.id, ZUpdateClaimSheet.parse({ version: 1, tags: ["العراق", "Turnout"] }));
  const otherArticle = await createArticle(
    other.members.FACT_CHECKER.actor,
    ZCreateArticle.parse({ title: "x", body: "نص آخر للاختبار هنا." }),
  );
  const otherClaim = await createClaim(
    other.members.FACT_CHECKER.actor,
    otherArticle.id,
    ZCreateClaim.parse({ exact: "نص آخر" }),
  );
  await updateClaimSheet(
    other.members.FACT_CHECKER.actor,
    otherClaim.id,
    ZUpdateClaimSheet.parse({ version: 1, tags: ["سري"] }),
  );
});

describe("tag suggestions (real PostgreSQL)", () => {
  it("lists the workspace's tags, most used first, to any member", async () => {
    expect((await listTags(ws.members.VIEWER.actor)).tags).toEqual(["العراق", "Turnout", "الإنتخابات"]);
  });

  it("matches folded: hamza forms and Latin case", async () => {
    expect((await listTags(ws.members.EDITOR.actor, "الانتخ")).tags).toEqual(["الإنتخابات"]);
    expect((await listTags(ws.members.EDITOR.actor, "TURN")).tags).toEqual(["Turnout"]);
  });

  it("never shows another workspace's tags", async () => {
    expect((await listTags(ws.members.ADMIN.actor, "سري")).tags).toEqual([]);
  });
});
