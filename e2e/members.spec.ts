import { expect, test } from "./support/test";
import { ok } from "./support/api";
import { signInAs, signInWithForm } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

test("an admin invites a member whose first password is shown once and works, changes a role, removes them; the last admin stays", async ({
  browser,
}) => {
  const ws = await createTestWorkspace("team");
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  await signInAs(context, ws.members.ADMIN.email, TEST_PASSWORD);
  const page = await context.newPage();
  await page.goto("/articles");
  await page.getByRole("link", { name: "الفريق" }).click();
  await expect(page.getByRole("heading", { name: "الفريق", level: 1 })).toBeVisible();
  await expect(page.locator(".member-table tbody tr")).toHaveCount(4);

  const email = `salma-${ws.slug}@test.sanad`;
  await page.getByLabel("الاسم", { exact: true }).fill("سلمى الحداد");
  await page.getByLabel("البريد الإلكتروني", { exact: true }).fill(email);
  await page.getByLabel("الدور", { exact: true }).selectOption("EDITOR");
  await page.getByRole("button", { name: "دعوة", exact: true }).click();

  const shown = page.locator(".first-password");
  await expect(shown.getByRole("heading")).toHaveText("كلمة المرور الأولى لـسلمى الحداد");
  await expect(shown).toContainText("تظهر هذه المرة فقط");
  const password = (await page.getByTestId("first-password").textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(12);
  await shown.getByRole("button", { name: "نسخ كلمة المرور" }).click();
  await expect(shown.getByRole("button", { name: "نُسخت" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);
  await shown.getByRole("button", { name: "نسختها" }).click();
  await expect(shown).toHaveCount(0);
  const row = page.locator(`tr[data-member="${email}"]`);
  await expect(row).toContainText("سلمى الحداد");
  await page.reload();
  await expect(row).toBeVisible();
  await expect(page.getByText(password)).toHaveCount(0);

  // The new member signs in with it, as an editor.
  const newcomer = await browser.newContext();
  const theirPage = await newcomer.newPage();
  await signInWithForm(theirPage, email, password);
  await expect(theirPage).toHaveURL(/\/articles$/);
  await expect(theirPage.getByRole("link", { name: "للمراجعة" })).toBeVisible();
  await newcomer.close();

  // Role change, saved through the API.
  await row.getByLabel("دور سلمى الحداد").selectOption("VIEWER");
  await expect(page.getByTestId("members-message")).toHaveText("حُفظ.");
  const listed = async () =>
    (await ok(await page.request.get("/api/v1/members"))).members as { email: string; role: string }[];
  expect((await listed()).find((m) => m.email === email)?.role).toBe("VIEWER");

  // The only admin cannot demote or remove themselves: the API's message, the role unchanged.
  const self = page.locator(`tr[data-member="${ws.members.ADMIN.email}"]`);
  await self.getByRole("combobox").selectOption("EDITOR");
  await expect(page.getByTestId("members-message")).toHaveAttribute("role", "alert");
  await expect(page.getByTestId("members-message")).toHaveText(
    "هذا آخر مدير في مساحة العمل: اجعل شخصًا آخر مديرًا أولًا.",
  );
  await expect(self.getByRole("combobox")).toHaveValue("ADMIN");
  page.once("dialog", (dialog) => void dialog.accept());
  const refused = page.waitForResponse((r) => r.request().method() === "DELETE");
  await self.getByRole("button", { name: /إزالة/ }).click();
  expect((await refused).status()).toBe(409);
  await expect(page.getByTestId("members-message")).toHaveText(
    "هذا آخر مدير في مساحة العمل: اجعل شخصًا آخر مديرًا أولًا.",
  );
  expect((await listed()).find((m) => m.email === ws.members.ADMIN.email)?.role).toBe("ADMIN");

  // Removing asks first; cancelling keeps the member.
  page.once("dialog", (dialog) => void dialog.dismiss());
  await row.getByRole("button", { name: /إزالة/ }).click();
  await expect(row).toBeVisible();
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("سلمى الحداد");
    void dialog.accept();
  });
  await row.getByRole("button", { name: /إزالة/ }).click();
  await expect(row).toHaveCount(0);
  expect((await listed()).map((m) => m.email)).not.toContain(email);
  await context.close();
});

test("a non-admin sees the team read-only and the API refuses their changes with 403", async ({ context, page }) => {
  const ws = await createTestWorkspace("team-ro");
  await signInAs(context, ws.members.EDITOR.email, TEST_PASSWORD);
  await page.goto("/articles");
  await expect(page.getByRole("link", { name: "الفريق" })).toHaveCount(0);
  await page.goto("/settings/members");
  await expect(page.getByText("المديرون وحدهم يدعون الأعضاء ويغيّرون الأدوار ويزيلون الأعضاء.")).toBeVisible();
  const rows = page.locator(".member-table tbody tr");
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: ws.members.VIEWER.email })).toContainText("قارئ");
  await expect(page.locator(".member-table select, .member-table button")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "دعوة", exact: true })).toHaveCount(0);

  const target = `/api/v1/members/${ws.members.VIEWER.id}`;
  expect((await page.request.patch(target, { data: { role: "EDITOR" } })).status()).toBe(403);
  expect((await page.request.delete(target)).status()).toBe(403);
  expect(
    (
      await page.request.post("/api/v1/members", {
        data: { name: "Someone", email: `x-${ws.slug}@test.sanad`, role: "ADMIN" },
      })
    ).status(),
  ).toBe(403);
});
