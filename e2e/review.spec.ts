import { type APIRequestContext, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createSeedCopy } from "./support/annotate";

/** A claim on a copy of the seed article with everything submit needs, filled through the API. */
async function readyClaim(request: APIRequestContext) {
  const article = await createSeedCopy(request);
  const created = await request.post(`/api/v1/articles/${article.id}/claims`, {
    data: { exact: "أصيب 125 آخرون بجروح" },
  });
  const claimId = ((await created.json()) as { id: string }).id;
  const steps = [
    (v: number) =>
      request.patch(`/api/v1/claims/${claimId}`, {
        data: { version: v, statement: "أصيب 125 شخصًا في مواجهات المنطقة الخضراء" },
      }),
    (v: number) =>
      request.post(`/api/v1/claims/${claimId}/sources`, {
        data: { version: v, url: "https://moh.gov.iq/statement", title: "بيان وزارة الصحة", stance: "SUPPORTS" },
      }),
    (v: number) =>
      request.put(`/api/v1/claims/${claimId}/verdict`, {
        data: { version: v, ratingKey: "misleading", conclusion: "الرقم صحيح لكن أغلب المصابين من الأمن." },
      }),
  ];
  for (const [i, step] of steps.entries()) expect((await step(i + 1)).ok()).toBe(true);
  return claimId;
}

const workflow = (page: Page) => page.getByTestId("workflow");
const statusOf = (page: Page) => workflow(page).locator(".status-pill");

test("a checker submits, an editor sends it back with a mention, the checker fixes and resubmits, the editor approves and publishes", async ({
  browser,
  context,
  page,
}) => {
  await signInAs(context, "checker@sanad.test");
  const claimId = await readyClaim(context.request);
  const editorContext = await browser.newContext({ locale: "ar" });
  await signInAs(editorContext, "editor@sanad.test");
  const editorPage = await editorContext.newPage();

  // The checker submits; approving their own claim is not offered, and the API refuses it.
  await page.goto(`/claims/${claimId}`);
  await workflow(page).getByRole("button", { name: "إرسال للمراجعة" }).click();
  await expect(statusOf(page)).toHaveText("قيد المراجعة");
  await expect(workflow(page).getByRole("button", { name: "اعتماد" })).toHaveCount(0);
  const own = await context.request.post(`/api/v1/claims/${claimId}/transitions`, { data: { action: "approve" } });
  expect(own.status()).toBe(403);

  // The editor requests changes with a comment that mentions the checker.
  await editorPage.goto(`/claims/${claimId}`);
  await expect(statusOf(editorPage)).toHaveText("قيد المراجعة");
  await workflow(editorPage).getByRole("button", { name: "طلب تعديلات" }).click();
  await workflow(editorPage)
    .getByLabel(/ما الذي يجب تعديله/)
    .fill("@checker أضف مصدرًا يوضح أن أغلب المصابين من قوات الأمن");
  await workflow(editorPage).getByRole("button", { name: "إعادة مع هذا التعليق" }).click();
  await expect(statusOf(editorPage)).toHaveText("مطلوب تعديلات");

  // The checker is told, reads the comment, fixes the sheet and resubmits.
  const { notifications } = await (await context.request.get("/api/v1/notifications")).json();
  // Told once, with the editor's words (being mentioned in them does not tell them twice).
  const aboutIt = notifications.filter((n: { claimId: string }) => n.claimId === claimId);
  expect(aboutIt.map((n: { kind: string; payload: { excerpt?: string } }) => [n.kind, n.payload.excerpt])).toEqual([
    ["CHANGES_REQUESTED", "@checker أضف مصدرًا يوضح أن أغلب المصابين من قوات الأمن"],
  ]);
  await page.reload();
  await expect(statusOf(page)).toHaveText("مطلوب تعديلات");
  await page.getByRole("tab", { name: /التعليقات/ }).click();
  await expect(page.getByTestId("comments").locator(".comment-body")).toContainText("أضف مصدرًا");
  await page.getByRole("tab", { name: "البطاقة" }).click();
  await page.getByRole("button", { name: "إضافة مصدر" }).click();
  const form = page.locator("form.source-form");
  await form.getByLabel("العنوان (URL)").fill("https://www.reuters.com/world/middle-east/iraq-2021-11-05/");
  await form.getByLabel("العنوان الرئيسي").fill("Reuters: most of the injured were security forces");
  await form.getByRole("button", { name: "إضافة المصدر" }).click();
  await expect(page.getByTestId("sources").locator("li.source")).toHaveCount(2);
  await workflow(page).getByRole("button", { name: "إرسال للمراجعة" }).click();
  await expect(statusOf(page)).toHaveText("قيد المراجعة");

  // The editor approves, then publishes.
  await editorPage.reload();
  await workflow(editorPage).getByRole("button", { name: "اعتماد" }).click();
  await expect(statusOf(editorPage)).toHaveText("معتمد");
  await workflow(editorPage).getByRole("button", { name: "نشر" }).click();
  await expect(statusOf(editorPage)).toHaveText("منشور");

  // The history tells the story in sentences, with the right people.
  await editorPage.getByRole("tab", { name: "السجل" }).click();
  const steps = editorPage.getByTestId("history").locator(".history-entry");
  await expect(steps.and(editorPage.locator('[data-action="workflow.publish"]'))).toHaveCount(1);
  const sentences = await steps.evaluateAll((items) =>
    items.map((item) => item.querySelector(".history-sentence")?.textContent ?? ""),
  );
  const checker = "سارة منصور (Sara Mansour)";
  const editor = "عمر الخطيب (Omar Al-Khatib)";
  expect(sentences.filter((s) => /أرسل|أعاد|اعتمد|نشر/.test(s))).toEqual([
    `أرسل ${checker} الادعاء للمراجعة`,
    `أعاد ${editor} الادعاء لإجراء تعديلات`,
    `أرسل ${checker} الادعاء للمراجعة`,
    `اعتمد ${editor} الادعاء`,
    `نشر ${editor} الادعاء`,
  ]);
  expect(sentences[0]).toMatch(new RegExp(`^حدّد ${checker.replace(/[()]/g, "\\$&")} الادعاء «`));
  await editorContext.close();
});

test("a viewer sees where a claim stands but has no review buttons, and the API refuses every step", async ({
  browser,
  context,
}) => {
  await signInAs(context, "checker@sanad.test");
  const claimId = await readyClaim(context.request);
  const viewer = await browser.newContext({ locale: "ar" });
  await signInAs(viewer, "viewer@sanad.test");
  const page = await viewer.newPage();
  await page.goto(`/claims/${claimId}`);
  await expect(statusOf(page)).toHaveText("مسودة");
  await expect(workflow(page).getByRole("button")).toHaveCount(0);
  for (const action of ["submit", "approve", "publish"]) {
    expect((await viewer.request.post(`/api/v1/claims/${claimId}/transitions`, { data: { action } })).status()).toBe(
      403,
    );
  }
  await viewer.close();
});

test("comments in the sheet: mention a teammate from suggestions, reply, edit your own, resolve and reopen the thread", async ({
  browser,
  context,
  page,
}) => {
  await signInAs(context, "checker@sanad.test");
  const claimId = await readyClaim(context.request);
  await page.goto(`/claims/${claimId}`);
  await page.getByRole("tab", { name: /التعليقات/ }).click();
  const comments = page.getByTestId("comments");
  await expect(comments.getByText("لا تعليقات بعد.")).toBeVisible();

  const box = comments.getByLabel("تعليق جديد");
  await box.fill("هل يكفي بيان الوزارة؟ @edi");
  await comments.getByRole("option").filter({ hasText: "@editor" }).getByRole("button").click();
  await expect(box).toHaveValue("هل يكفي بيان الوزارة؟ @editor ");
  await comments.getByRole("button", { name: "تعليق", exact: true }).click();
  const thread = comments.locator(".thread").first();
  await expect(thread.locator(".comment-body").first()).toHaveText("هل يكفي بيان الوزارة؟ @editor");

  await thread.getByLabel("رد").fill("Also the Reuters report, please.");
  await thread.getByRole("button", { name: "رد", exact: true }).click();
  await expect(thread.locator(".replies .comment-body")).toHaveText("Also the Reuters report, please.");
  // Each comment reads in its own direction (its first strong letter, mentions aside).
  await expect(thread.locator(".replies .comment-body")).toHaveAttribute("dir", "ltr");
  await expect(thread.locator(".comment-body").first()).toHaveAttribute("dir", "rtl");

  await thread.locator(".comment").first().getByRole("button", { name: "تعديل" }).click();
  await thread.getByLabel("تعديل").fill("هل يكفي بيان وزارة الصحة وحده؟");
  await thread.getByRole("button", { name: "حفظ" }).click();
  await expect(thread.locator(".comment-body").first()).toHaveText("هل يكفي بيان وزارة الصحة وحده؟");
  await expect(thread.locator(".comment-meta").first()).toContainText("معدَّل");

  await thread.getByRole("button", { name: "إغلاق النقاش" }).click();
  await expect(thread).toHaveClass(/resolved/);
  await thread.getByRole("button", { name: "إعادة فتح النقاش" }).click();
  await expect(thread).not.toHaveClass(/resolved/);

  // The editor named in the first comment was told.
  const editor = await browser.newContext();
  await signInAs(editor, "editor@sanad.test");
  const { notifications } = await (await editor.request.get("/api/v1/notifications")).json();
  expect(
    notifications.some((n: { kind: string; claimId: string }) => n.kind === "MENTIONED" && n.claimId === claimId),
  ).toBe(true);
  await editor.close();
});
