import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { build } from "esbuild";

// A made-up origin served from disk by page.route: the page loads the shipped font files and the
// bundle with no network, and relative URLs in the font's stylesheet resolve.
const ORIGIN = "http://sanad-bench.test";
const FONT_DIR = path.resolve("node_modules/@fontsource/noto-naskh-arabic");
const TYPES: Record<string, string> = {
  ".css": "text/css",
  ".js": "text/javascript",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
};

export type PageAssets = { html: string; bundle: string };

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Bundles scripts/bench/page for the browser; esbuild resolves "@/…" through tsconfig's paths. */
async function bundlePage(): Promise<{ js: string; css: string }> {
  const { outputFiles } = await build({
    entryPoints: [path.resolve("scripts/bench/page/index.ts")],
    bundle: true,
    format: "iife",
    globalName: "sanadBench",
    target: "chrome120",
    write: false,
    outdir: "bench-out",
    logLevel: "silent",
  });
  const text = (extension: string) => outputFiles.find((file) => file.path.endsWith(extension))?.text ?? "";
  return { js: text(".js"), css: text(".css") };
}

/** The article as the reader shows it: one <p> per paragraph, RTL, the app's font and highlight colours. */
export async function preparePage(paragraphs: string[]): Promise<PageAssets> {
  const { js, css } = await bundlePage();
  const appCss = await readFile("app/globals.css", "utf8");
  const highlightRules = appCss.match(/^::highlight\(claim-[\w-]+\)[^\n]*$/gmu) ?? [];
  if (highlightRules.length === 0) throw new Error("No ::highlight(claim-…) rules found in app/globals.css.");
  const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<link rel="stylesheet" href="/fonts/400.css">
<style>${css}
body { margin: 0; }
.article-text { font-family: 'Noto Naskh Arabic', serif; font-size: 1.125rem; line-height: 2; max-inline-size: 42rem; margin-inline: auto; padding: 1rem; }
mark.claim { background-color: rgb(236 201 75 / 0.35); color: inherit; }
${highlightRules.join("\n")}
</style></head><body><article class="article-text" dir="rtl" lang="ar">${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</article>
<script src="/bench.js"></script></body></html>`;
  return { html, bundle: js };
}

export async function openPage(browser: Browser, assets: PageAssets): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    if (url.pathname === "/") return route.fulfill({ contentType: "text/html; charset=utf-8", body: assets.html });
    if (url.pathname === "/bench.js") return route.fulfill({ contentType: TYPES[".js"], body: assets.bundle });
    const file = path.join(FONT_DIR, path.normalize(url.pathname.replace(/^\/fonts\//, "")));
    if (!url.pathname.startsWith("/fonts/") || !file.startsWith(FONT_DIR)) return route.fulfill({ status: 404 });
    return route.fulfill({
      contentType: TYPES[path.extname(file)] ?? "application/octet-stream",
      body: await readFile(file),
    });
  });
  await page.goto(`${ORIGIN}/`);
  return page;
}
