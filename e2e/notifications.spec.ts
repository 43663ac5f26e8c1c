import { expect, test } from "./support/test";
import { ok } from "./support/api";
import { signInAs } from "./support/auth";
import { createSeedCopy } from "./support/annotate";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

test("a checker's bell counts what an editor did, opens the claim, marks it read, marks all read; English UI too", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const ws = await createTestWorkspace("bell");
  const { EDITOR: editorMember, FACT_CHECKER: checkerMember } = ws.members;
  const editor = await playwright.request.newContext({ baseURL });
  await signInAs(editor, editorMember.email, TEST_PASSWORD);
  const { members } = await ok(await editor.get("/api/v1/members"));
  const byId = (id: string) => members.find((m: { id: string }) => m.id === id);
  const editorName: string = byId(editorMember.id).name;

  const article = await createSeedCopy(editor, `مقال الإشعارات ${Date.now()}`);
  const claim = await ok(
    await editor.post(`/api/v1/articles/${article.id}/claims`, {
      data: { exact: "نيد برايس", prefix: "باسم الوزارة " },
    }),
    201,
  );
  await ok(await editor.patch(`/api/v1/claims/${claim.id}`, { data: { version: 1, assigneeId: checkerMember.id } }));
  await ok(
    await editor.post(`/api/v1/claims/${claim.id}/comments`, {
      data: { body: `@${byId(checkerMember.id).handle} راجع المصدر من فضلك` },
    }),
    201,
  );

  const context = await browser.newContext();
  await signInAs(context, checkerMember.email, TEST_PASSWORD);
  const page = await context.newPage();
  await page.goto("/articles");
  const bell = page.locator(".bell-button");
  await expect(bell).toHaveAttribute("aria-label", "إشعاران غير مقروءين");
  await expect(page.getByTestId("bell-count")).toHaveText("2");

  await bell.click();
  await expect(bell).toHaveAttribute("aria-expanded", "true");
  const items = page.locator(".notification-panel .notification");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(`أشار إليك ${editorName}`);
  await expect(items.nth(1)).toContainText(`أسند إليك ${editorName} ادعاءً`);
  await expect(items.nth(1).locator(".notification-quote")).toHaveText("نيد برايس");
  await expect(items.nth(1).locator(".notification-meta")).toContainText(article.title);
  await expect(page.locator(".notification-panel .notification[data-unread]")).toHaveCount(2);

  // Opening one goes to the claim beside its article; opening the claim reads everything about it.
  const mention = items.nth(0).locator("a");
  await expect(mention).toHaveAttribute("href", `/articles/${article.id}?claim=${claim.id}`);
  await mention.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}\\?claim=${claim.id}$`));
  await expect(page.getByTestId("bell-count")).toHaveCount(0);
  await expect
    .poll(async () =>
      (await ok(await page.request.get("/api/v1/notifications"))).notifications.map(
        (n: { kind: string; readAt: string | null }) => `${n.kind}:${n.readAt !== null}`,
      ),
    )
    .toEqual(["MENTIONED:true", "ASSIGNED:true"]);

  // New ones arrive while the page is open: the member's live stream updates the bell.
  for (const body of ["Also check the date, please.", "والتاريخ أيضًا."])
    await ok(
      await editor.post(`/api/v1/claims/${claim.id}/comments`, { data: { body, mentions: [checkerMember.id] } }),
      201,
    );
  await expect(page.getByTestId("bell-count")).toHaveText("2");

  await bell.click();
  await page.getByRole("button", { name: "تعليم الكل كمقروء" }).click();
  await expect(page.getByTestId("bell-count")).toHaveCount(0);
  await expect(bell).toHaveAttribute("aria-label", "لا إشعارات غير مقروءة");
  // The bell clears at once; the server's answer may come a moment later.
  await expect.poll(async () => (await ok(await page.request.get("/api/v1/notifications"))).unread).toBe(0);

  // The full page in English: every notification, none unread, a sentence per kind.
  await page.goto("/notifications");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Notifications" })).toBeVisible();
  const rows = page.locator(".notification-center .notification");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText(`${editorName} mentioned you`);
  await expect(rows.nth(3)).toContainText(`${editorName} assigned a claim to you`);
  await expect(page.locator(".notification-center [data-unread]")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Mark all read" })).toBeDisabled();
  await expect(bell).toHaveAttribute("aria-label", "No unread notifications");
  await context.close();
  await editor.dispose();
});
