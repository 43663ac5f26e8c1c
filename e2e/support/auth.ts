import { expect, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "@/lib/demo/accounts";

/** Signs in over HTTP (next-auth's credentials callback); the context's pages share the session cookie. */
export async function signInAs(target: BrowserContext | APIRequestContext, email: string, password = DEMO_PASSWORD) {
  const request = "request" in target ? target.request : target;
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
  const session = await (await request.get("/api/auth/session")).json();
  expect(session?.user?.email, `sign-in as ${email}`).toBe(email);
}

/** Signs in through the sign-in form, as a person would. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.locator("#email").fill(email);
  await page.locator("#password").fill(password);
  await page.locator("form:has(#email) button[type=submit]").click();
}
