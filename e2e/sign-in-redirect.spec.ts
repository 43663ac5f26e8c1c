import { expect, test } from "./support/test";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";

// Browsers read "\" as "/" and drop tabs: these links once sent a member off the site after sign-in.
for (const callback of ["/%5Cevil.example/", "/%09/evil.example/", "//evil.example/", "https://evil.example/"]) {
  test(`signing in from a link with callbackUrl=${callback} stays on Sanad`, async ({ page, baseURL }) => {
    await page.goto(`/sign-in?callbackUrl=${callback}`);
    await page.locator("#email").fill("viewer@sanad.test");
    await page.locator("#password").fill(DEMO_PASSWORD);
    await page.locator("form:has(#email) button[type=submit]").click();
    await expect(page).toHaveURL(`${baseURL}/articles`);
  });
}

test("signing in from a link to a page of Sanad goes to that page", async ({ page, baseURL }) => {
  await page.goto("/settings/tokens");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.locator("#email").fill("viewer@sanad.test");
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.locator("form:has(#email) button[type=submit]").click();
  await expect(page).toHaveURL(`${baseURL}/settings/tokens`);
});
