import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";

const FONT_DIR = path.resolve("node_modules/@fontsource/noto-naskh-arabic");
const TYPES: Record<string, string> = { ".css": "text/css", ".woff2": "font/woff2", ".woff": "font/woff" };
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The yardstick: the same article as a static page with nothing but its text, in the same font files,
 * size and line height as the reader. No script at all: what a browser alone takes to show the text.
 */
export function staticArticleHtml(title: string, text: string, headings: number[]): string {
  const blocks = text
    .split("\n\n")
    .map((block, i) => (headings.includes(i) ? `<h2>${escapeHtml(block)}</h2>` : `<p>${escapeHtml(block)}</p>`));
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/fonts/400.css"><link rel="stylesheet" href="/fonts/700.css">
<style>body{margin:0;font-family:"Noto Naskh Arabic",serif;background:#f5f6f8;color:#1d2330}
main{max-width:72rem;margin-inline:auto;padding:1.5rem 1rem}
article{background:#fff;padding:1.25rem 1.5rem;font-size:1.25rem;line-height:2.1}
h1{font-size:1.9rem;line-height:1.5}h2{font-size:1.4rem;margin-block:1.5rem .5rem}p{margin-block:0 1rem}</style>
</head><body><main><h1>${escapeHtml(title)}</h1><article>${blocks.join("")}</article></main></body></html>`;
}

/** Serves the static page at / and the shipped font files under /fonts/, on a free loopback port. */
export async function serveStaticArticle(html: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    if (url.pathname === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return response.end(html);
    }
    const file = path.join(FONT_DIR, path.normalize(url.pathname.replace(/^\/fonts\//, "")));
    const body =
      url.pathname.startsWith("/fonts/") && file.startsWith(FONT_DIR) ? await readFile(file).catch(() => null) : null;
    if (!body) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("The static server has no port.");
  return { url: `http://127.0.0.1:${address.port}/`, server };
}
