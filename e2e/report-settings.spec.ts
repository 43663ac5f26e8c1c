import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createTestWorkspace, TEST_PASSWORD } from "./support/data";
import { createCheckedClaim, createSourcedSeedCopy } from "./support/report";

const CHECK = {
  exact: "طائرة مسيّرة مفخّخة",
  statement: "الكاظمي نجا من هجوم بطائرة مسيّرة مفخّخة",
  claimant: { name: "قيادة العمليات المشتركة", kind: "ORGANIZATION" as const },
  claimDate: "2021-11-07",
  ratingKey: "true",
  conclusion: "الهجوم وقع فعلاً.",
  rationale: "أكدت خلية الإعلام الأمني الهجوم [1].",
  sources: [{ url: "https://example.gov.iq/drone", title: "بيان خلية الإعلام الأمني" }],
};

test("an admin sets the organisation name and methodology; the public report shows them", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const ws = await createTestWorkspace("report-settings");
  const admin = await browser.newContext();
  await signInAs(admin, ws.members.ADMIN.email, TEST_PASSWORD);
  const page = await admin.newPage();
  await page.goto("/articles");
  await page.getByRole("link", { name: "إعدادات التقرير" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("إعدادات التقرير");
  await page.getByLabel("اسم المؤسسة").fill("مرصد سند للتحقق");
  await page.getByLabel("رابط المنهجية").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page.locator(".alert[role=alert]")).toContainText("لم يُحفظ");
  await expect(page.locator("#methodologyUrl-error")).not.toBeEmpty();
  await expect(page.locator("#methodologyUrl")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("رابط المنهجية").fill("https://sanad.example.org/منهجية");
  await page.getByRole("button", { name: "حفظ" }).click();
  await expect(page.locator("form [role=status]")).toHaveText("حُفظ.");
  await page.reload();
  await expect(page.getByLabel("اسم المؤسسة")).toHaveValue("مرصد سند للتحقق");

  const checker = await playwright.request.newContext({ baseURL });
  await signInAs(checker, ws.members.FACT_CHECKER.email, TEST_PASSWORD);
  const article = await createSourcedSeedCopy(checker, "https://www.aljazeera.net/news/2021/11/7/kadhimi-settings");
  await createCheckedClaim(checker, article.id, CHECK);
  const html = await (await checker.get(`/api/v1/articles/${article.id}/export?format=html`)).text();
  const reportUrl = html.match(/<link rel="canonical" href="([^"]+)">/)![1];

  const reader = await browser.newContext();
  const report = await reader.newPage();
  await report.goto(reportUrl);
  const footer = report.locator("footer.report-footer");
  await expect(footer).toContainText("مرصد سند للتحقق");
  await expect(footer.getByRole("link", { name: "منهجيتنا" })).toHaveAttribute(
    "href",
    "https://sanad.example.org/%D9%85%D9%86%D9%87%D8%AC%D9%8A%D8%A9",
  );
  await reader.close();

  // Other roles read the settings without a save button, and the API refuses their writes.
  const viewer = await browser.newContext();
  await signInAs(viewer, ws.members.VIEWER.email, TEST_PASSWORD);
  const readOnly = await viewer.newPage();
  await readOnly.goto("/settings/report");
  await expect(readOnly.getByLabel("اسم المؤسسة")).toHaveValue("مرصد سند للتحقق");
  await expect(readOnly.getByLabel("اسم المؤسسة")).toHaveAttribute("readonly", "");
  await expect(readOnly.getByRole("button", { name: "حفظ" })).toHaveCount(0);
  expect((await viewer.request.put("/api/v1/report-settings", { data: { orgName: "x" } })).status()).toBe(403);
  await admin.close();
  await viewer.close();
  await checker.dispose();
});
