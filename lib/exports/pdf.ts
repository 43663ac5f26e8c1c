import { chromium } from "playwright-core";
import { createLimiter } from "./limiter";

// PDFs are printed from the report's HTML by the system's headless Chromium (playwright-core,
// no browser download). One render at a time: the others queue.

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const RENDER_TIMEOUT_MS = 60_000;

export const chromiumPath = () => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const limit = createLimiter(1);

/** The report document (fonts embedded) as an A4 PDF; the page may not fetch anything from the network. */
export function renderPdf(html: string): Promise<Buffer> {
  return limit(async () => {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: ARGS, timeout: RENDER_TIMEOUT_MS });
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      page.setDefaultTimeout(RENDER_TIMEOUT_MS);
      // The logo and links point outside: a server-side render must not fetch them.
      await page.route("**/*", (route) => route.abort());
      await page.setContent(html, { waitUntil: "load" });
      await page.emulateMedia({ media: "print" });
      return await page.pdf({
        format: "A4",
        printBackground: true,
        preferCSSPageSize: true,
        tagged: true,
        outline: true,
      });
    } finally {
      await browser.close();
    }
  });
}
