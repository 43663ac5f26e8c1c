import { expect, test } from "./support/test";
import { DEMO_ACCOUNTS } from "@/lib/demo/accounts";
import { signInWithForm } from "./support/auth";

const ROLE_LABELS_AR = { ADMIN: "مدير", EDITOR: "محرّر", FACT_CHECKER: "مدقّق", VIEWER: "قارئ" } as const;

for (const account of DEMO_ACCOUNTS) {
  test(`${account.role} signs in with the form and sees the articles`, async ({ page }) => {
    await signInWithForm(page, account.email);
    await expect(page).toHaveURL(/\/articles$/);
    await expect(page.getByRole("heading", { name: "المقالات" })).toBeVisible();
    await expect(page.locator(".workspace-name")).toContainText(ROLE_LABELS_AR[account.role]);
    const newArticleLink = page.getByRole("link", { name: "مقال جديد" });
    await (account.role === "VIEWER" ? expect(newArticleLink).toHaveCount(0) : expect(newArticleLink).toBeVisible());
  });
}

test("signing out ends the session", async ({ page }) => {
  await signInWithForm(page, "editor@sanad.test");
  await expect(page).toHaveURL(/\/articles$/);
  await page.getByRole("link", { name: "تسجيل الخروج" }).click();
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/sign-in/);
  expect((await (await page.request.get("/api/v1/articles")).json()).error.code).toBe("unauthenticated");
});

test("a wrong password is refused with a message in Arabic, then in English", async ({ page }) => {
  await signInWithForm(page, "viewer@sanad.test", "not-the-password");
  await expect(page.getByRole("alert").filter({ hasText: "كلمة المرور غير صحيحة" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await signInWithForm(page, "viewer@sanad.test", "still-wrong");
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is not right" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("session cookie is HttpOnly and SameSite", async ({ page }) => {
  await signInWithForm(page, "checker@sanad.test");
  await expect(page).toHaveURL(/\/articles$/);
  const cookie = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
});
