import { type APIRequestContext, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { ok } from "./support/api";
import { signInAs } from "./support/auth";
import { createSeedCopy } from "./support/annotate";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

type TClaimPlan = {
  articleId: string;
  statement: string;
  assigneeId?: string;
  reviewerId?: string;
  rating?: string;
  submit?: boolean;
};

/** A claim in the state a queue test needs, made through the API as the checker would. */
async function makeClaim(checker: APIRequestContext, plan: TClaimPlan) {
  const claim = await ok(
    await checker.post(`/api/v1/articles/${plan.articleId}/claims`, {
      data: { exact: "نيد برايس", prefix: "باسم الوزارة " },
    }),
    201,
  );
  const url = `/api/v1/claims/${claim.id}`;
  let sheet = await ok(
    await checker.patch(url, {
      data: {
        version: 1,
        statement: plan.statement,
        assigneeId: plan.assigneeId ?? null,
        reviewerId: plan.reviewerId ?? null,
      },
    }),
  );
  if (plan.rating)
    sheet = await ok(
      await checker.put(`${url}/verdict`, {
        data: { version: sheet.version, ratingKey: plan.rating, conclusion: "الخلاصة مكتوبة." },
      }),
    );
  if (plan.submit) {
    await ok(
      await checker.post(`${url}/sources`, {
        data: {
          version: sheet.version,
          url: `https://example.org/${claim.id}`,
          title: "Source",
          type: "OFFICIAL_STATEMENT",
          stance: "SUPPORTS",
        },
      }),
      201,
    );
    await ok(await checker.post(`${url}/transitions`, { data: { action: "submit" } }));
  }
  return claim.id as string;
}

const tab = (page: Page, status: string) => page.locator(`.queue-tabs [data-status="${status}"]`);
const rows = (page: Page) => page.locator(".queue-table tbody tr");

let ws: Awaited<ReturnType<typeof createTestWorkspace>>;
let ids: Record<string, string>;
let articles: { id: string; title: string }[];

test.beforeAll(async ({ playwright, baseURL }) => {
  ws = await createTestWorkspace("queues");
  const checker = await playwright.request.newContext({ baseURL });
  await signInAs(checker, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  articles = [
    await createSeedCopy(checker, `مقال الطابور الأول ${Date.now()}`),
    await createSeedCopy(checker, `مقال الطابور الثاني ${Date.now()}`),
  ];
  const me = ws.members.FACT_CHECKER.id;
  ids = {
    draft: await makeClaim(checker, { articleId: articles[0].id, statement: "مسودة في المقال الأول", assigneeId: me }),
    waiting: await makeClaim(checker, {
      articleId: articles[0].id,
      statement: "ادعاء صحيح ينتظر أي محرر",
      assigneeId: me,
      rating: "true",
      submit: true,
    }),
    admins: await makeClaim(checker, {
      articleId: articles[1].id,
      statement: "ادعاء زائف ينتظر المدير",
      assigneeId: me,
      reviewerId: ws.members.ADMIN.id,
      rating: "false",
      submit: true,
    }),
    nobodys: await makeClaim(checker, { articleId: articles[1].id, statement: "مسودة بلا مدقق" }),
  };
  await checker.dispose();
});

test("My work: the checker's claims by status with counts; filters in the URL narrow the list", async ({
  context,
  page,
}) => {
  await signInAs(context, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  await page.goto("/articles");
  await expect(page.getByRole("link", { name: "للمراجعة" })).toHaveCount(0);
  await page.getByRole("link", { name: "عملي" }).click();
  await expect(page.getByRole("heading", { name: "عملي" })).toBeVisible();
  await expect(tab(page, "ALL")).toHaveAttribute("aria-current", "page");
  await expect(tab(page, "ALL").locator(".queue-count")).toHaveText("3");
  await expect(tab(page, "DRAFT").locator(".queue-count")).toHaveText("1");
  await expect(tab(page, "IN_REVIEW").locator(".queue-count")).toHaveText("2");
  await expect(tab(page, "PUBLISHED").locator(".queue-count")).toHaveText("0");
  await expect(rows(page)).toHaveCount(3);
  await expect(page.locator(`tr[data-claim-id="${ids.nobodys}"]`)).toHaveCount(0);

  const row = page.locator(`tr[data-claim-id="${ids.admins}"]`);
  await expect(row.getByRole("link")).toHaveText("ادعاء زائف ينتظر المدير");
  await expect(row.getByRole("link")).toHaveAttribute("href", `/articles/${articles[1].id}?claim=${ids.admins}`);
  await expect(row.getByRole("link")).toHaveAttribute("dir", "auto");
  await expect(row).toContainText(articles[1].title);
  await expect(row).toContainText("قيد المراجعة");
  await expect(row.locator(".rating-badge")).toHaveText("زائف");
  await expect(row).toContainText(`ADMIN ${ws.slug}`);

  // Filter by article with the form: the URL carries it and the counts follow.
  await page.getByLabel("المقال", { exact: true }).selectOption(articles[1].id);
  await page.getByRole("button", { name: "تطبيق" }).click();
  await expect(page).toHaveURL(new RegExp(`articleId=${articles[1].id}`));
  await expect(rows(page)).toHaveCount(1);
  await expect(tab(page, "ALL").locator(".queue-count")).toHaveText("1");
  await expect(tab(page, "DRAFT").locator(".queue-count")).toHaveText("0");

  // A status tab keeps the other filters.
  await page.goto("/queue/work");
  await tab(page, "DRAFT").click();
  await expect(page).toHaveURL(/\/queue\/work\?status=DRAFT$/);
  await expect(tab(page, "DRAFT")).toHaveAttribute("aria-current", "page");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-claim-id", ids.draft);

  // A shared link with a verdict filter, and one that matches nothing.
  await page.goto("/queue/work?rating=true");
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toHaveAttribute("data-claim-id", ids.waiting);
  await expect(page.getByLabel("الحكم", { exact: true })).toHaveValue("true");
  await page.goto(`/queue/work?rating=true&articleId=${articles[1].id}`);
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText("لا ادعاءات تطابق هذه التصفية.")).toBeVisible();
});

test("To review: editors see claims in review with no reviewer, the admin also those assigned to them", async ({
  browser,
}) => {
  const open = async (role: "EDITOR" | "ADMIN") => {
    const context = await browser.newContext();
    await signInAs(context, ws.members[role].email, TEST_PASSWORD);
    const page = await context.newPage();
    await page.goto("/articles");
    await page.getByRole("link", { name: "للمراجعة" }).click();
    await expect(page.getByRole("heading", { name: "للمراجعة" })).toBeVisible();
    return page;
  };
  const editor = await open("EDITOR");
  // What waits for review, and what waits to be published; never drafts or published claims.
  await expect(tab(editor, "ALL")).toHaveAttribute("aria-current", "page");
  await expect(rows(editor)).toHaveCount(1);
  await expect(rows(editor).first()).toHaveAttribute("data-claim-id", ids.waiting);
  await expect(tab(editor, "IN_REVIEW").locator(".queue-count")).toHaveText("1");
  await expect(tab(editor, "APPROVED").locator(".queue-count")).toHaveText("0");
  await expect(tab(editor, "DRAFT")).toHaveCount(0);
  await expect(tab(editor, "PUBLISHED")).toHaveCount(0);

  const admin = await open("ADMIN");
  await expect(rows(admin)).toHaveCount(2);
  await expect(tab(admin, "IN_REVIEW").locator(".queue-count")).toHaveText("2");
  // Filter by checker: nobody → nothing; the checker → both.
  await admin.goto(`/queue/review?assignee=none`);
  await expect(rows(admin)).toHaveCount(0);
  await admin.goto(`/queue/review?assignee=${ws.members.FACT_CHECKER.id}&rating=false`);
  await expect(rows(admin)).toHaveCount(1);
  await expect(rows(admin).first()).toHaveAttribute("data-claim-id", ids.admins);
  await expect(admin.getByLabel("المدقّق", { exact: true })).toHaveValue(ws.members.FACT_CHECKER.id);
  await editor.context().close();
  await admin.context().close();
});

test("a viewer has neither queue in the header", async ({ context, page }) => {
  await signInAs(context, ws.members.VIEWER.email, TEST_PASSWORD);
  await page.goto("/articles");
  await expect(page.getByRole("link", { name: "المقالات" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "عملي" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "للمراجعة" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "الفريق" })).toHaveCount(0);
});
