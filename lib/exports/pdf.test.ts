import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { PUBLISHED_CLAIM, REPORT } from "./fixtures";
import { renderPdf } from "./pdf";
import { embeddedFontCss } from "./report-font";
import { toReportHtml } from "./report-html";

// pdftotext marks each line's direction with bidi controls, orders harakat by position rather than
// as typed, and may cut a word where a shadda sits on a bold letter: compare the letters in order.
const letters = (text: string) => text.replace(/[\u064B-\u065F\u0670\u202A-\u202E\u2066-\u2069\s]/g, "");
const words = (text: string) => text.replace(/[\u202A-\u202E\u2066-\u2069]/g, "").replace(/\s+/g, " ");

async function pdfText(pdf: Buffer) {
  const dir = await mkdtemp(path.join(tmpdir(), "sanad-pdf-"));
  try {
    await writeFile(path.join(dir, "r.pdf"), pdf);
    const { stdout } = await promisify(execFile)("pdftotext", ["-enc", "UTF-8", path.join(dir, "r.pdf"), "-"]);
    const { stdout: fonts } = await promisify(execFile)("pdffonts", [path.join(dir, "r.pdf")]);
    return { text: stdout, fonts };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

describe("renderPdf (system Chromium)", () => {
  it("prints the report with the shipped font embedded and the Arabic words extractable in order", async () => {
    const pdf = await renderPdf(toReportHtml(REPORT, await embeddedFontCss("sans")));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, fonts } = await pdfText(pdf);
    expect(fonts).toMatch(/NotoSansArabic-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    for (const claimText of [PUBLISHED_CLAIM.statement, PUBLISHED_CLAIM.quote.exact])
      expect(letters(text)).toContain(letters(claimText));
    // Whole words with the spaces between them (no harakat, no lam-alef: pdftotext writes that ligature backwards).
    expect(words(text)).toContain("قيادة العمليات المشتركة");
  }, 60_000);

  it("paginates a long report and renders two requests one after the other", async () => {
    const claims = Array.from({ length: 30 }, (_, i) => ({
      ...PUBLISHED_CLAIM,
      id: `c${i}`,
      statement: `ادعاء رقم ${i + 1} عن الهجوم`,
    }));
    const html = toReportHtml({ ...REPORT, claims }, await embeddedFontCss("sans"));
    const [a, b] = await Promise.all([renderPdf(html), renderPdf(html)]);
    const pages = (pdf: Buffer) => pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages(a)).toBeGreaterThan(5);
    expect(pages(b)).toBe(pages(a));
    expect(letters((await pdfText(a)).text)).toContain(letters("ادعاء رقم 30 عن الهجوم"));
  }, 120_000);
});
