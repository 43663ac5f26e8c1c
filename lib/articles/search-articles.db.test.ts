import { beforeAll, describe, expect, it } from "vitest";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { createArticle } from "./create-article";
import { listArticles } from "./list-articles";
import { ZCreateArticle } from "./schemas";

let ws: TestWorkspace;
let other: TestWorkspace;
let id: string;

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace("search"), createTestWorkspace("search-other")]);
  const body =
    'استهدفت "طائرة مسيّرة مفخّخة" فجر الأحد ٦ نوفمبر مقرّ إقامته، وقال Ned Price إنّ الهجوم إرهابي. 50% من الـــقوات.';
  id = (
    await createArticle(ws.members.EDITOR.actor, ZCreateArticle.parse({ title: "هجوم على مقرّ إقامة الكاظمي", body }))
  ).id;
  await createArticle(
    other.members.EDITOR.actor,
    ZCreateArticle.parse({ title: "مسيرة أخرى", body: "طائرة مسيرة في مكان آخر." }),
  );
});

const found = async (query: string, actor = ws.members.VIEWER.actor) =>
  (await listArticles(actor, query)).map((a) => a.id);

describe("article search", () => {
  it("ignores harakat, shadda and tatweel", async () => {
    expect(await found("مسيرة مفخخة")).toEqual([id]);
    expect(await found("القوات")).toEqual([id]);
  });

  it("folds hamza forms, alef maqsura, taa marbuta and digit styles", async () => {
    expect(await found("اقامته")).toEqual([id]);
    expect(await found("الاحد 6")).toEqual([id]);
    expect(await found("مقر اقامه")).toEqual([id]);
    expect(await found("ان الهجوم")).toEqual([id]);
  });

  it("matches Latin without case, titles as well as texts, and only in the actor's workspace", async () => {
    expect(await found("ned PRICE")).toEqual([id]);
    expect(await found("الكاظمي")).toEqual([id]);
    expect(await found("مكان آخر")).toEqual([]);
  });

  it("treats LIKE wildcards in the query as text", async () => {
    expect(await found("50%")).toEqual([id]);
    expect(await found("%%")).toEqual([]); // would match everything as a wildcard
    expect(await found("_")).toEqual([]);
  });
});
