import http from "node:http";
import type { AddressInfo } from "node:net";
import { ok } from "./support/api";
import { signInAs } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";
import { expect, test } from "./support/test";

// A page on another port of the same host shares the host's cookies and counts as the same site, so
// SameSite=Lax lets its forms carry the admin's session: it once made an attacker an ADMIN with a
// text/plain form. These attacker pages try every way a page can write with a member's cookie.

/** Serves `html` at every path, on 127.0.0.1 and a free port; reachable as 127.0.0.1, 127.0.0.2 or localhost. */
async function startAttacker(html: () => string) {
  const server = http.createServer((_request, response) =>
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html()),
  );
  await new Promise<void>((ready) => server.listen(0, "0.0.0.0", ready));
  return { server, port: (server.address() as AddressInfo).port };
}

const textPlainForm = (action: string, email: string) => `<!doctype html><form method="post" enctype="text/plain"
  action="${action}"><input name='{"email":"${email}","name":"Mallory","role":"ADMIN","x":"' value='"}'></form>
  <script>document.forms[0].submit()</script>`;

const noCorsFetches = (base: string, email: string) => `<!doctype html><script>
  const body = JSON.stringify({ email: "${email}", name: "Mallory", role: "ADMIN" });
  Promise.allSettled([
    fetch("${base}/api/v1/members", { method: "POST", mode: "no-cors", credentials: "include",
      headers: { "content-type": "text/plain" }, body }),
    fetch("${base}/api/v1/members", { method: "POST", credentials: "include",
      headers: { "content-type": "application/json" }, body }),
  ]).then(() => { document.title = "done"; });
</script>`;

test("pages on another port or another host name cannot change anything with a member's cookie", async ({
  browser,
  baseURL,
}) => {
  const ws = await createTestWorkspace("csrf");
  const context = await browser.newContext();
  await signInAs(context, ws.members.ADMIN.email, TEST_PASSWORD);
  const page = await context.newPage();
  let html = "";
  const attacker = await startAttacker(() => html);
  const members = async () =>
    ((await ok(await context.request.get("/api/v1/members"))).members as { email: string }[]).map((m) => m.email);
  try {
    for (const host of ["127.0.0.1", "127.0.0.2", "localhost"]) {
      const origin = `http://${host}:${attacker.port}`;
      const email = `mallory-${host.replace(/\W/g, "")}@evil.test`;

      // A text/plain form (no preflight), submitted by the page itself.
      html = textPlainForm(`${baseURL}/api/v1/members`, email);
      const answer = page.waitForResponse(`${baseURL}/api/v1/members`);
      await page.goto(`${origin}/form`);
      expect([401, 403, 415], host).toContain((await answer).status());

      // fetch() without CORS (text/plain) and with JSON (blocked by the missing preflight answer).
      html = noCorsFetches(baseURL!, email);
      await page.goto(`${origin}/fetch`);
      await expect(page).toHaveTitle("done");

      expect(await members(), host).not.toContain(email);
    }

    // The server action behind the language switcher: Next compares Origin with Host.
    await page.goto(`${baseURL}/settings/members`);
    const actionField = await page.locator('form.locale-switcher input[name^="$ACTION_ID_"]').getAttribute("name");
    expect(actionField).toBeTruthy();
    html = `<!doctype html><form method="post" enctype="multipart/form-data" action="${baseURL}/settings/members">
      <input name="${actionField}" value=""><input name="locale" value="en"></form><script>document.forms[0].submit()</script>`;
    await page.goto(`http://127.0.0.1:${attacker.port}/action`);
    await page.waitForLoadState("load");
    await page.goto(`${baseURL}/settings/members`);
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");

    // next-auth's own endpoints refuse another origin too (sign-out, sign-in).
    for (const path of ["/api/auth/signout", "/api/auth/callback/credentials"]) {
      const refused = await context.request.post(path, {
        headers: { origin: `http://127.0.0.1:${attacker.port}` },
        form: { csrfToken: "x", email: ws.members.ADMIN.email, password: TEST_PASSWORD },
        maxRedirects: 0,
      });
      expect(refused.status(), path).toBe(403);
    }

    // The admin's own page still works: same origin, JSON.
    await page.goto(`${baseURL}/settings/members`);
    expect(await members()).toContain(ws.members.ADMIN.email);
  } finally {
    attacker.server.close();
    await context.close();
  }
});
