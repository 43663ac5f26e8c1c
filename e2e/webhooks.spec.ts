import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./support/test";
import { getDb } from "@/lib/db/client";
import { verifyWebhook } from "@/lib/webhooks/signature";
import { signInAs } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";
import { createCheckedClaim, createSourcedSeedCopy } from "./support/report";

const CHECK = {
  exact: "طائرة مسيّرة مفخّخة",
  statement: "الكاظمي نجا من هجوم بطائرة مسيّرة مفخّخة",
  claimant: { name: "قيادة العمليات المشتركة", kind: "ORGANIZATION" as const, role: "جهة رسمية" },
  claimDate: "2021-11-07",
  ratingKey: "true",
  conclusion: "الهجوم وقع فعلاً بحسب بيانات رسمية متطابقة.",
  rationale: "أكدت خلية الإعلام الأمني الهجوم [1].",
  sources: [{ url: "https://example.gov.iq/drone-statement", title: "بيان خلية الإعلام الأمني" }],
};

type Received = { headers: Record<string, string | string[] | undefined>; body: string };

test("an admin adds a webhook; publishing a claim delivers a signed ClaimReview, and the log shows it", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const received: Received[] = [];
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/sanad-hook`;
  const ws = await createTestWorkspace("hooks-e2e");

  try {
    const admin = await browser.newContext();
    await signInAs(admin, ws.members.ADMIN.email, TEST_PASSWORD);
    const page = await admin.newPage();
    await page.goto("/articles");
    await page.getByRole("link", { name: "خطافات الويب" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("خطافات الويب");
    await page.getByLabel("عنوان المستقبِل").fill(receiverUrl);
    await page.getByRole("button", { name: "أضف الخطاف" }).click();
    const item = page.locator("li.webhook", { hasText: receiverUrl });
    await expect(item).toContainText("claim.published, claim.corrected");
    await item.getByRole("button", { name: "إظهار السر" }).click();
    const secret = (await item.getByTestId("webhook-secret").textContent())!;
    expect(secret).toMatch(/^whsec_/);

    // A checker's claim, approved by an editor, then published by the admin over the API.
    const checker = await playwright.request.newContext({ baseURL });
    await signInAs(checker, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
    const article = await createSourcedSeedCopy(checker, "https://www.aljazeera.net/news/2021/11/7/kadhimi-hook");
    const claimId = await createCheckedClaim(checker, article.id, CHECK, "APPROVED");
    const published = await admin.request.post(`/api/v1/claims/${claimId}/transitions`, {
      data: { action: "publish" },
    });
    expect(published.status(), await published.text()).toBe(200);

    await expect.poll(() => received.length).toBe(1);
    const [delivery] = received;
    expect(
      verifyWebhook(
        secret,
        String(delivery.headers["x-sanad-timestamp"]),
        delivery.body,
        String(delivery.headers["x-sanad-signature"]),
      ),
    ).toBe(true);
    expect(
      verifyWebhook(
        secret,
        String(delivery.headers["x-sanad-timestamp"]),
        delivery.body.replace("الكاظمي", "الكاظمى"),
        String(delivery.headers["x-sanad-signature"]),
      ),
    ).toBe(false);
    expect(delivery.headers["x-sanad-event"]).toBe("claim.published");
    const body = JSON.parse(delivery.body);
    expect(body).toMatchObject({
      event: "claim.published",
      claimId,
      articleId: article.id,
      publication: 1,
      claimReview: { "@type": "ClaimReview", claimReviewed: CHECK.statement, inLanguage: "ar" },
    });
    expect(body.claimReview.url).toBe(`${body.reportUrl}#claim-${claimId}`);

    // The delivery log: the worker records the answer just after the receiver has it.
    await item.getByText("سجل الإرسال").click();
    const row = item.locator(`tr[data-delivery="${delivery.headers["x-sanad-delivery"]}"]`);
    await expect(async () => {
      await item.getByRole("button", { name: "تحديث" }).click();
      await expect(row.locator("td[data-status]")).toHaveText("نجح", { timeout: 1_000 });
    }).toPass();
    await expect(row).toContainText("200");
    await expect(row.getByRole("button", { name: "أعد المحاولة الآن" })).toHaveCount(0);
    await admin.close();
    await checker.dispose();
  } finally {
    receiver.close();
    await getDb().webhook.deleteMany({ where: { workspaceId: ws.id } });
  }
});

test("editors and viewers have no webhooks link, page or API", async ({ browser }) => {
  const ws = await createTestWorkspace("hooks-denied");
  for (const role of ["EDITOR", "VIEWER"] as const) {
    const context = await browser.newContext();
    await signInAs(context, ws.members[role].email, TEST_PASSWORD);
    const page = await context.newPage();
    await page.goto("/articles");
    await expect(page.getByRole("link", { name: "سلّم التقييم" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "خطافات الويب" })).toHaveCount(0);
    expect((await page.goto("/settings/webhooks"))?.status()).toBe(403);
    expect((await context.request.get("/api/v1/webhooks")).status()).toBe(403);
    expect(
      (await context.request.post("/api/v1/webhooks", { data: { url: "https://hooks.example.org/x" } })).status(),
    ).toBe(403);
    await context.close();
  }
});
