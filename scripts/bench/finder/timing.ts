import { findChecks } from "@/lib/finder/checks/find-checks";
import { findSuggestions } from "@/lib/finder/suggestions/find-suggestions";

const WORD = /[\p{L}\p{N}]+/gu;

/** An article of at least `words` words: the sets' sentences as paragraphs, repeated (dense in dates and figures). */
export function buildArticle(texts: string[], words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    for (const text of texts) {
      paragraphs.push(text);
      count += text.match(WORD)?.length ?? 0;
    }
  }
  return paragraphs.join("\n\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median CPU milliseconds (user + system, this process) per 1,000 words of the checks and of the
 * suggestions over `rounds` runs: on a shared machine CPU time moves far less with the load than wall time.
 */
export function timeFinder(article: string, rounds: number): { words: number; checks: number; suggestions: number } {
  const words = article.match(WORD)?.length ?? 0;
  const per1000 = (run: () => unknown) => {
    run();
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) {
      const start = process.cpuUsage();
      run();
      const used = process.cpuUsage(start);
      times.push((used.user + used.system) / 1000);
    }
    return (median(times) * 1000) / words;
  };
  return { words, checks: per1000(() => findChecks(article)), suggestions: per1000(() => findSuggestions(article)) };
}
