// `npm run bench:highlights`: how fast Sanad draws 2,000 claims on a 100,000-code-point Arabic article,
// against @recogito/text-annotator and a span-wrapping baseline in the same headless Chromium, and whether
// re-anchoring after 50 edits puts any claim on the wrong words. Prints the figures and records them in
// docs/benchmarks.md. Figures only: nothing here fails on a time.
import os from "node:os";
import { chromium } from "@playwright/test";
import { codePointLength } from "@/lib/arabic/codepoints";
import { preparePage } from "./bench-page";
import { measurePainters } from "./measure-painters";
import { toPageInput } from "./page-input";
import { Random } from "./random";
import { editRandomly } from "./random-edits";
import { checkReanchoring } from "./reanchor-check";
import { recordResults, renderResults } from "./report";
import { judgeTargets, medians } from "./summarize";
import { buildSyntheticArticle } from "./synthetic-article";
import { describeClaims, makeAddedClaim, makeClaims, OVERLAPPING_CLAIMS } from "./synthetic-claims";

// Fixed so that every run draws the same article, claims and edits and runs can be compared.
const SEED = 20211107;
const REPETITIONS = Number(process.env.BENCH_ROUNDS ?? 5);
const EDITS = 50;
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const random = new Random(SEED);
const article = await buildSyntheticArticle(random);
const claims = makeClaims(article.text, random);
const added = makeAddedClaim(article.text);
const far = makeAddedClaim(article.text, "far");
const edited = editRandomly(article.text, EDITS, random, article.vocabulary);
const codePoints = codePointLength(article.text);

console.log(`Re-anchoring ${claims.length} claims after ${EDITS} edits (Node)…`);
const reanchor = checkReanchoring(claims, edited, codePoints);

console.log(`Painting in headless Chromium, ${REPETITIONS} rounds…`);
const assets = await preparePage(article.paragraphs);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: CHROMIUM_ARGS,
});
const [samples, chromiumVersion] = await measurePainters(
  browser,
  assets,
  toPageInput(article.text, claims, added, far),
  REPETITIONS,
)
  .then((result) => [result, browser.version()] as const)
  .finally(() => browser.close());

const painters = medians(samples);
const markdown = renderResults({
  date: new Date().toISOString().slice(0, 10),
  machine: {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    chromium: chromiumVersion,
    node: process.version,
  },
  article: { codePoints, utf16: article.text.length, paragraphs: article.paragraphs.length },
  claims: {
    count: claims.length,
    madeOverlapping: OVERLAPPING_CLAIMS,
    repeatedQuotes: claims.filter(
      ({ anchor: { quote } }) => article.text.indexOf(quote.exact) !== article.text.lastIndexOf(quote.exact),
    ).length,
    quoting: describeClaims(claims),
  },
  repetitions: REPETITIONS,
  painters,
  edits: edited.edits,
  reanchor,
  targets: judgeTargets(painters, reanchor),
});
console.log(`\n${markdown}\n`);
await recordResults(markdown);
console.log("Recorded in docs/benchmarks.md.");
