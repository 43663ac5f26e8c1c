import { expect, test } from "./support/test";
import { MAX_FAILURES } from "@/lib/auth/throttle";
import { signInWithForm } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";

test("repeated failed sign-ins lock the account with a clear message", async ({ page }) => {
  const ws = await createTestWorkspace("lock");
  const email = ws.members.EDITOR.email;
  for (let i = 0; i < MAX_FAILURES; i++) {
    await signInWithForm(page, email, `wrong-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: /غير صحيحة|محاولات فاشلة/ })).toBeVisible();
  }
  await signInWithForm(page, email, TEST_PASSWORD);
  await expect(page.getByRole("alert").filter({ hasText: "محاولات فاشلة كثيرة لهذا الحساب" })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});
