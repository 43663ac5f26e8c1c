import { type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { expect, test } from "./support/test";
import { signInAs } from "./support/auth";
import { createSeedCopy, openArticle, panelEntries } from "./support/annotate";

const QUOTE = "أصيب 125 آخرون بجروح";

async function claimOnSeedCopy(request: APIRequestContext) {
  const article = await createSeedCopy(request);
  const response = await request.post(`/api/v1/articles/${article.id}/claims`, { data: { exact: QUOTE } });
  expect(response.status()).toBe(201);
  return { article, claimId: ((await response.json()) as { id: string }).id };
}

const sheetOf = (page: Page) => page.getByTestId("claim-sheet");
const saved = (page: Page) => expect(sheetOf(page).locator(".save-status")).toHaveAttribute("data-state", "saved");

async function addSource(
  sheet: Locator,
  source: { url: string; title: string; publisher: string; stance: string; type: string; excerpt: string },
) {
  await sheet.getByRole("button", { name: "إضافة مصدر" }).click();
  const form = sheet.locator("form.source-form");
  await form.getByLabel("العنوان (URL)").fill(source.url);
  await form.getByLabel("العنوان الرئيسي").fill(source.title);
  await form.getByLabel("الناشر").fill(source.publisher);
  await form.getByLabel("النوع").selectOption({ label: source.type });
  await form.getByLabel("الموقف").selectOption({ label: source.stance });
  await form.getByLabel("مقتطف مقتبس").fill(source.excerpt);
  await form.getByRole("button", { name: "إضافة المصدر" }).click();
  await expect(form).toHaveCount(0);
}

test("a checker fills a whole claim sheet in Arabic on the seed article, and after a reload everything is there", async ({
  page,
  context,
}) => {
  await signInAs(context, "checker@sanad.test");
  const { article, claimId } = await claimOnSeedCopy(context.request);
  await openArticle(page, article.id);
  await panelEntries(page).first().getByRole("button", { name: "فتح البطاقة" }).click();
  const sheet = sheetOf(page);
  await expect(sheet.locator(".sheet-quote")).toHaveText(QUOTE);
  await expect(page).toHaveURL(new RegExp(`claim=${claimId}`));

  const statement = "أصيب 125 شخصًا بجروح في مواجهات المنطقة الخضراء وفق وزارة الصحة العراقية ومصادر طبية في بغداد";
  await sheet.getByLabel("الادعاء", { exact: true }).fill(statement);
  await expect(sheet.getByText(/تعرض محركات البحث نحو 75/)).toBeVisible(); // longer than ClaimReview's ~75
  await sheet.getByLabel("الاسم").fill("وزارة الصحة العراقية");
  await sheet.getByLabel("النوع", { exact: true }).selectOption({ label: "مؤسسة" });
  await sheet.getByLabel("تاريخ الادعاء").fill("2021-11-06");
  await sheet.getByLabel("أهمية التحقق").selectOption({ label: "عالية" });
  await sheet.getByRole("combobox", { name: "الوسوم" }).fill("الانتخابات العراقية");
  await sheet.getByRole("combobox", { name: "الوسوم" }).press("Enter");
  await expect(sheet.locator(".chip")).toHaveText(["الانتخابات العراقية×"]);
  await saved(page);

  await addSource(sheet, {
    url: "https://moh.gov.iq/statements/2021-11-06?utm_source=x",
    title: "بيان وزارة الصحة حول مصابي المنطقة الخضراء",
    publisher: "وزارة الصحة العراقية",
    type: "بيان رسمي",
    stance: "يؤيد",
    excerpt: "بلغ عدد المصابين 125 مصابًا نقلوا إلى مستشفيات بغداد.",
  });
  await addSource(sheet, {
    url: "https://www.reuters.com/world/middle-east/iraq-protest-2021-11-05/",
    title: "Iraqi protesters clash with security forces",
    publisher: "Reuters",
    type: "تقرير إخباري",
    stance: "يدحض",
    excerpt: "Security sources said dozens were injured, most of them members of the security forces.",
  });
  await addSource(sheet, {
    url: "https://www.aljazeera.net/news/2021/11/6/green-zone",
    title: "متظاهرون أمام بوابات المنطقة الخضراء",
    publisher: "الجزيرة نت",
    type: "تقرير إخباري",
    stance: "سياق",
    excerpt: "يعتصم متظاهرون أمام اثنتين من بواباتها الأربع منذ أكثر من أسبوعين.",
  });
  await expect(sheet.getByTestId("sources").locator("li.source")).toHaveCount(3);

  // A duplicate address is flagged while typed and refused when sent; nothing is added.
  await sheet.getByRole("button", { name: "إضافة مصدر" }).click();
  const form = sheet.locator("form.source-form");
  await form.getByLabel("العنوان (URL)").fill("http://moh.gov.iq/statements/2021-11-06/");
  await expect(form.getByText("هذا العنوان مدرج من قبل برقم [1].")).toBeVisible();
  await form.getByLabel("العنوان الرئيسي").fill("نسخة مكررة");
  await form.getByRole("button", { name: "إضافة المصدر" }).click();
  await expect(form.locator(".field-error")).toContainText("[1]");
  await form.getByRole("button", { name: "إلغاء" }).click();
  await expect(sheet.getByTestId("sources").locator("li.source")).toHaveCount(3);

  await sheet.getByLabel("التقييم").selectOption({ label: "مضلل" });
  await sheet.getByLabel("الخلاصة").fill("الرقم صحيح لكن أغلب المصابين من قوات الأمن لا من المتظاهرين.");
  const rationale = sheet.getByRole("textbox", { name: "التعليل" });
  await rationale.click();
  await page.keyboard.type("أكد بيان الوزارة العدد ");
  await sheet.getByLabel("استشهاد بمصدر…").selectOption("1");
  await page.keyboard.type(" لكن رويترز نقلت أن معظمهم من الأمن ");
  await sheet.getByLabel("استشهاد بمصدر…").selectOption("2");
  await saved(page);

  await page.reload();
  const again = sheetOf(page);
  await expect(again.getByLabel("الادعاء", { exact: true })).toHaveValue(statement);
  await expect(again.getByLabel("الاسم")).toHaveValue("وزارة الصحة العراقية");
  await expect(again.getByLabel("النوع", { exact: true })).toHaveValue("ORGANIZATION");
  await expect(again.getByLabel("تاريخ الادعاء")).toHaveValue("2021-11-06");
  await expect(again.getByLabel("أهمية التحقق")).toHaveValue("HIGH");
  await expect(again.locator(".chip")).toHaveText(["الانتخابات العراقية×"]);
  const sources = again.getByTestId("sources").locator("li.source");
  await expect(sources.locator(".source-head a")).toHaveText([
    "بيان وزارة الصحة حول مصابي المنطقة الخضراء",
    "Iraqi protesters clash with security forces",
    "متظاهرون أمام بوابات المنطقة الخضراء",
  ]);
  await expect(sources.locator(".stance-badge")).toHaveText(["يؤيد", "يدحض", "سياق"]);
  await expect(sources.nth(1).locator("blockquote.excerpt")).toHaveAttribute("dir", "auto");
  await expect(again.getByLabel("التقييم")).toHaveValue("misleading");
  await expect(again.getByLabel("الخلاصة")).toHaveValue("الرقم صحيح لكن أغلب المصابين من قوات الأمن لا من المتظاهرين.");
  await expect(again.getByRole("textbox", { name: "التعليل" })).toHaveText(
    "أكد بيان الوزارة العدد [1] لكن رويترز نقلت أن معظمهم من الأمن [2]",
  );

  const api = await (await context.request.get(`/api/v1/claims/${claimId}`)).json();
  expect(api).toMatchObject({
    statement,
    claimant: { name: "وزارة الصحة العراقية", kind: "ORGANIZATION" },
    claimDate: "2021-11-06",
    tags: ["الانتخابات العراقية"],
    checkWorthiness: "HIGH",
    verdict: { rating: { key: "misleading" } },
  });
  expect(api.sources.map((s: { stance: string }) => s.stance)).toEqual(["SUPPORTS", "REFUTES", "CONTEXT"]);

  // The sheet also lives at its own URL.
  await page.goto(`/claims/${claimId}`);
  await expect(sheetOf(page).getByLabel("الاسم")).toHaveValue("وزارة الصحة العراقية");
});

test("sources are reordered and removed; a javascript: address is refused beside the field and nothing is added", async ({
  page,
  context,
}) => {
  await signInAs(context, "checker@sanad.test");
  const { claimId } = await claimOnSeedCopy(context.request);
  for (const [i, url] of ["https://a.example/1", "https://b.example/2"].entries()) {
    const response = await context.request.post(`/api/v1/claims/${claimId}/sources`, {
      data: { version: i + 1, url, title: `مصدر ${i + 1}` },
    });
    expect(response.status()).toBe(201);
  }
  await page.goto(`/claims/${claimId}`);
  const sheet = sheetOf(page);
  const titles = sheet.getByTestId("sources").locator(".source-head a");
  await expect(titles).toHaveText(["مصدر 1", "مصدر 2"]);
  await sheet.getByRole("button", { name: "نقل المصدر 2 إلى الأعلى" }).click();
  await expect(titles).toHaveText(["مصدر 2", "مصدر 1"]);

  await sheet.getByRole("button", { name: "إضافة مصدر" }).click();
  const form = sheet.locator("form.source-form");
  await form.getByLabel("العنوان (URL)").fill("javascript:alert(1)");
  await form.getByLabel("العنوان الرئيسي").fill("<script>alert(1)</script>");
  await form.getByRole("button", { name: "إضافة المصدر" }).click();
  await expect(form.locator("#new-source-url-error")).toBeVisible();
  await expect(form.getByLabel("العنوان الرئيسي")).toHaveValue("<script>alert(1)</script>"); // what was typed stays
  await form.getByRole("button", { name: "إلغاء" }).click();

  const second = sheet.getByTestId("sources").locator("li.source").nth(1);
  await second.getByRole("button", { name: "حذف" }).click();
  await second.getByRole("button", { name: "حذف" }).last().click();
  await expect(titles).toHaveText(["مصدر 2"]);
  await page.reload();
  await expect(sheetOf(page).getByTestId("sources").locator(".source-head a")).toHaveText(["مصدر 2"]);
});

test("a viewer reads a claim sheet without any edit control, and every write is refused", async ({
  browser,
  context,
}) => {
  await signInAs(context, "checker@sanad.test");
  const { claimId } = await claimOnSeedCopy(context.request);
  const version = (await (await context.request.get(`/api/v1/claims/${claimId}`)).json()).version;
  await context.request.post(`/api/v1/claims/${claimId}/sources`, {
    data: { version, url: "https://moh.gov.iq/x", title: "بيان الوزارة", excerpt: "نص مقتبس" },
  });
  await context.request.patch(`/api/v1/claims/${claimId}`, {
    data: { version: version + 1, claimant: { name: "<b>وزارة</b>", kind: "ORGANIZATION" } },
  });

  const viewer = await browser.newContext({ locale: "ar" });
  await signInAs(viewer, "viewer@sanad.test");
  const page = await viewer.newPage();
  await page.goto(`/claims/${claimId}`);
  const sheet = sheetOf(page);
  await expect(sheet.getByText("بيان الوزارة")).toBeVisible();
  await expect(sheet.locator("#panel-sheet").getByText("<b>وزارة</b>", { exact: false })).toBeVisible(); // markup shown as text
  await expect(sheet.locator("input, select, textarea")).toHaveCount(0);
  await expect(sheet.getByRole("button", { name: /إضافة|تعديل|حذف/ })).toHaveCount(0);
  await expect(sheet.locator("[contenteditable=true]")).toHaveCount(0);
  const refused = await viewer.request.patch(`/api/v1/claims/${claimId}`, {
    data: { version: version + 2, statement: "x" },
  });
  expect(refused.status()).toBe(403);
  await viewer.close();
});

test("two people edit the same claim: the later save shows both versions and keeps everything typed", async ({
  browser,
  context,
  page,
}) => {
  await signInAs(context, "checker@sanad.test");
  const { claimId } = await claimOnSeedCopy(context.request);
  const editorContext = await browser.newContext({ locale: "ar" });
  await signInAs(editorContext, "editor@sanad.test");
  const editorPage = await editorContext.newPage();
  await Promise.all([page.goto(`/claims/${claimId}`), editorPage.goto(`/claims/${claimId}`)]);
  await expect(sheetOf(page)).toBeVisible();

  await sheetOf(editorPage).getByLabel("الادعاء", { exact: true }).fill("صياغة المحرر");
  await sheetOf(editorPage).getByLabel("تاريخ الادعاء").fill("2021-11-06");
  await saved(editorPage);

  const mine = sheetOf(page);
  await mine.getByLabel("الادعاء", { exact: true }).fill("صياغة المدقق");
  await mine.getByLabel("الخلاصة").fill("خلاصة المدقق");
  const conflict = page.getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(conflict.locator(".conflict-field")).toHaveCount(1);
  await expect(conflict.locator(".conflict-value")).toHaveText(["صياغة المدقق", "صياغة المحرر"]);
  await expect(mine.getByLabel("تاريخ الادعاء")).toHaveValue("2021-11-06"); // their other change arrived
  await conflict.getByRole("button", { name: "حفظ اختياراتي" }).click(); // keeps mine by default
  await saved(page);

  const final = await (await context.request.get(`/api/v1/claims/${claimId}`)).json();
  expect(final).toMatchObject({
    statement: "صياغة المدقق",
    claimDate: "2021-11-06",
    verdict: { conclusion: "خلاصة المدقق" },
  });
  await editorContext.close();
});

test("a change that could not be saved survives a reload and is offered back", async ({ page, context }) => {
  await signInAs(context, "checker@sanad.test");
  const { claimId } = await claimOnSeedCopy(context.request);
  await page.goto(`/claims/${claimId}`);
  await page.route(`**/api/v1/claims/${claimId}`, (route) =>
    route.request().method() === "PATCH" ? route.abort("internetdisconnected") : route.continue(),
  );
  await sheetOf(page).getByLabel("الاسم").fill("مصدر أمني");
  await expect(sheetOf(page).locator(".save-status")).toHaveAttribute("data-state", "failed");
  await expect(sheetOf(page).getByRole("button", { name: "أعد المحاولة" })).toBeVisible();

  await page.unroute(`**/api/v1/claims/${claimId}`);
  await page.reload();
  const banner = sheetOf(page).locator(".draft-banner");
  await expect(banner).toBeVisible();
  await expect(sheetOf(page).getByLabel("الاسم")).toHaveValue(""); // the server never had it
  await banner.getByRole("button", { name: "استعادتها" }).click();
  await expect(sheetOf(page).getByLabel("الاسم")).toHaveValue("مصدر أمني");
  await saved(page);
  expect((await (await context.request.get(`/api/v1/claims/${claimId}`)).json()).claimant).toMatchObject({
    name: "مصدر أمني",
  });
  await page.reload();
  await expect(sheetOf(page).locator(".draft-banner")).toHaveCount(0);
});

test("a teammate's save appears in an open sheet beside the article without a reload", async ({
  browser,
  context,
  page,
}) => {
  await signInAs(context, "checker@sanad.test");
  const { article, claimId } = await claimOnSeedCopy(context.request);
  await page.goto(`/articles/${article.id}?claim=${claimId}`);
  await expect(page.locator(".live-dot.on")).toHaveCount(0); // the panel gives way to the sheet
  await expect(sheetOf(page).getByLabel("الاسم")).toHaveValue("");
  await page.waitForFunction(() => document.querySelector(".article-text p") !== null);

  const editorContext = await browser.newContext({ locale: "ar" });
  await signInAs(editorContext, "editor@sanad.test");
  const { version } = await (await editorContext.request.get(`/api/v1/claims/${claimId}`)).json();
  const response = await editorContext.request.patch(`/api/v1/claims/${claimId}`, {
    data: { version, claimant: { name: "نيد برايس", kind: "PERSON", role: "المتحدث باسم الخارجية الأمريكية" } },
  });
  expect(response.status()).toBe(200);
  await expect(sheetOf(page).getByLabel("الاسم")).toHaveValue("نيد برايس");
  await expect(sheetOf(page).getByLabel("الصفة أو المنصب (اختياري)")).toHaveValue("المتحدث باسم الخارجية الأمريكية");
  await editorContext.close();
});
