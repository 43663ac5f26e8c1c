// `npm run bench:page`: time-to-text of the article page on a cold load, side by side with a static page
// of the same text in the same font (the floor: a browser showing plain HTML). Loads alternate A B A B in
// one headless Chromium, each in a fresh context (empty caches). Prints the medians and their ratio and
// records them in docs/benchmarks.md. Figures only: nothing here fails on a time.
//
//   npm run bench:page                      the whole comparison (BENCH_ROUNDS pairs, default 9)
//   npm run bench:page -- --serve           starts the app, the static page and a browser, and waits
//   npm run bench:page -- --once article    one cold load against a --serve (or static), printed as JSON,
//                                           so an outside timer can alternate whole processes
// BENCH_APP_DIR runs `next start` from another checkout's build (to compare before and after a change).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import { chromium, type Browser, type Cookie } from "@playwright/test";
import { startApp } from "./first-text/app-server";
import { measureLoad, type LoadTiming } from "./first-text/probe";
import { recordFirstText, renderFirstText, type Sample } from "./first-text/report";
import { serveStaticArticle, staticArticleHtml } from "./first-text/static-site";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const ENDPOINTS = ".bench-data/first-text.json";
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
};
type Endpoints = { browser: string; article: string; static: string; needle: string; cookies: Cookie[] };

async function prepare() {
  const app = await startApp(PORT);
  const site = await serveStaticArticle(staticArticleHtml(app.title, app.text, app.headings));
  // The first words of the first paragraph (block 0 may be a heading in other articles).
  const firstParagraph = app.text.split("\n\n").find((_, i) => !app.headings.includes(i)) ?? app.text;
  const needle = [...firstParagraph].slice(0, 24).join("");
  const stop = async () => {
    site.server.close();
    await app.stop();
  };
  return { app, site, needle, stop };
}

async function compare() {
  const { app, site, needle, stop } = await prepare();
  const browser = await chromium.launch(CHROMIUM);
  const samples: Sample[] = [];
  try {
    const load = (kind: "article" | "static") =>
      measureLoad(
        browser,
        kind === "article" ? app.articleUrl : site.url,
        needle,
        kind === "article" ? app.cookies : [],
      );
    await load("article"); // warm the server (route compilation, connection pool), not the browser
    await load("static");
    for (let round = 0; round < ROUNDS; round++) {
      samples.push({ article: await load("article"), static: await load("static") });
      console.log(`round ${round + 1}/${ROUNDS}`, JSON.stringify(samples.at(-1)));
    }
    const html = await (await fetch(app.articleUrl, { headers: cookieHeader(app.cookies) })).text();
    const markdown = renderFirstText({
      date: new Date().toISOString().slice(0, 10),
      load: os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" / "),
      cores: os.cpus().length,
      chromium: browser.version(),
      htmlBytes: Buffer.byteLength(html),
      textInHtml: html.replace(/<script[\s\S]*?<\/script>/g, "").includes(needle),
      samples,
    });
    console.log(`\n${markdown}\n`);
    await recordFirstText(markdown);
    console.log("Recorded in docs/benchmarks.md.");
  } finally {
    await browser.close();
    await stop();
  }
}

const cookieHeader = (cookies: Cookie[]) => ({ cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") });

async function serve() {
  const { app, site, needle, stop } = await prepare();
  const server = await chromium.launchServer(CHROMIUM);
  const endpoints: Endpoints = {
    browser: server.wsEndpoint(),
    article: app.articleUrl,
    static: site.url,
    needle,
    cookies: app.cookies,
  };
  await mkdir(path.dirname(ENDPOINTS), { recursive: true });
  await writeFile(ENDPOINTS, JSON.stringify(endpoints));
  console.log(`Serving; endpoints in ${ENDPOINTS}. Ctrl-C stops.`);
  const quit = async () => {
    await server.close();
    await stop();
    process.exit(0);
  };
  process.on("SIGINT", quit);
  process.on("SIGTERM", quit);
}

async function once(kind: "article" | "static") {
  const endpoints = JSON.parse(await readFile(ENDPOINTS, "utf8")) as Endpoints;
  const browser: Browser = await chromium.connect(endpoints.browser);
  const timing: LoadTiming = await measureLoad(
    browser,
    endpoints[kind],
    endpoints.needle,
    kind === "article" ? endpoints.cookies : [],
  );
  console.log(JSON.stringify({ kind, ...timing }));
  await browser.close();
}

const [mode, kind] = process.argv.slice(2);
if (mode === "--serve") await serve();
else if (mode === "--once" && (kind === "article" || kind === "static")) await once(kind);
else await compare();
