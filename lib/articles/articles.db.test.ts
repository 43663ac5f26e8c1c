import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createTestWorkspace, type TestWorkspace } from "@/lib/testing/factories";
import { createArticle } from "./create-article";
import { getArticle } from "./get-article";
import { listArticles } from "./list-articles";
import { ZCreateArticle } from "./schemas";

let home: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  [home, other] = await Promise.all([createTestWorkspace("home"), createTestWorkspace("other")]);
});

const input = (extra: object = {}) =>
  ZCreateArticle.parse({ title: "مقال تجريبي", body: "فقرة أولى.\n\nفقرة ثانية.", ...extra });

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof AppError ? error.code : error;
}

describe("articles (real PostgreSQL)", () => {
  it("are created at revision 1 with detected direction and language", async () => {
    const article = await createArticle(home.members.FACT_CHECKER.actor, input());
    expect(article).toMatchObject({ revision: 1, direction: "rtl", language: "ar", text: "فقرة أولى.\n\nفقرة ثانية." });
    const english = await createArticle(home.members.EDITOR.actor, input({ body: "The minister said 125 were hurt." }));
    expect(english).toMatchObject({ direction: "ltr", language: "en" });
  });

  it("are listed only in their own workspace", async () => {
    const article = await createArticle(home.members.ADMIN.actor, input({ title: "للعرض فقط" }));
    const mine = await listArticles(home.members.VIEWER.actor);
    const theirs = await listArticles(other.members.ADMIN.actor);
    expect(mine.map((a) => a.id)).toContain(article.id);
    expect(theirs.map((a) => a.id)).not.toContain(article.id);
  });

  it("of another workspace are not found, never forbidden", async () => {
    const article = await createArticle(home.members.ADMIN.actor, input());
    expect(await codeOf(getArticle(other.members.ADMIN.actor, article.id))).toBe("not_found");
    expect(await codeOf(getArticle(home.members.VIEWER.actor, "not-an-id"))).toBe("not_found");
    expect((await getArticle(home.members.VIEWER.actor, article.id)).id).toBe(article.id);
  });

  it("cannot be created by a viewer", async () => {
    expect(await codeOf(createArticle(home.members.VIEWER.actor, input()))).toBe("forbidden");
  });

  it("refuse a body that has nothing readable left after cleaning", async () => {
    expect(
      await codeOf(createArticle(home.members.EDITOR.actor, input({ body: "<script>x</script>", format: "html" }))),
    ).toBe("validation_failed");
  });
});
