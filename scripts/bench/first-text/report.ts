import { readFile, writeFile } from "node:fs/promises";
import type { LoadTiming } from "./probe";

export type Sample = { article: LoadTiming; static: LoadTiming };
type Run = {
  date: string;
  load: string;
  cores: number;
  chromium: string;
  htmlBytes: number;
  textInHtml: boolean;
  samples: Sample[];
};

const START = "<!-- bench:page:start -->";
const END = "<!-- bench:page:end -->";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const ms = (value: number) => value.toFixed(0);

/** The run as Markdown: medians per page, and the article/static ratio taken pair by pair. */
export function renderFirstText(run: Run): string {
  const of = (kind: "article" | "static", field: keyof LoadTiming) => run.samples.map((s) => s[kind][field]);
  const ratio = (field: "text" | "font") => median(run.samples.map((s) => s.article[field] / s.static[field]));
  const spread = (values: number[]) => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
  const row = (label: string, kind: "article" | "static") =>
    `| ${label} | ${ms(median(of(kind, "text")))} (${spread(of(kind, "text"))}) | ${ms(median(of(kind, "font")))} (${spread(of(kind, "font"))}) | ${median(of(kind, "shift")).toFixed(1)} |`;
  return [
    `### Run of ${run.date}`,
    "",
    `${run.samples.length} pairs of cold loads, alternating, in headless Chromium ${run.chromium} (${run.cores} cores, load average ${run.load} over 1 / 5 / 15 min). The article page's first HTML response: ${run.htmlBytes.toLocaleString("en")} bytes, ${run.textInHtml ? "with" : "**without**"} the article's first paragraph.`,
    "",
    "| Page | Text on screen, ms (min–max) | Text in the reading font, ms (min–max) | First paragraph moved afterwards, px |",
    "| --- | ---: | ---: | ---: |",
    row("Article page (`/articles/{id}`, signed in)", "article"),
    row("Static page, same text and font files", "static"),
    "",
    `Article ÷ static, median of the pairs: **${ratio("text").toFixed(2)}×** to text on screen, **${ratio("font").toFixed(2)}×** to text in the reading font.`,
  ].join("\n");
}

export async function recordFirstText(markdown: string, file = "docs/benchmarks.md"): Promise<void> {
  const page = await readFile(file, "utf8");
  const section = `${START}\n${markdown}\n${END}`;
  if (!page.includes(START)) return writeFile(file, `${page.trimEnd()}\n\n${section}\n`);
  const [before, rest] = page.split(START);
  await writeFile(file, `${before}${section}${rest.slice(rest.indexOf(END) + END.length)}`);
}
