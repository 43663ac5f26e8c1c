import { isEquivalencePair, lookUpMonth, MONTH_NAMES } from "../calendar/months";
import { wordAlternation } from "../text/lexicon";
import type { RawFinding } from "./types";

// "أكتوبر/تشرين الثاني": two names written as one month, from two naming systems, that are not the
// same month. Two names of one system ("يناير/فبراير") are a range and left alone.

const NAME = wordAlternation(MONTH_NAMES);
const PAIR = new RegExp(`(?<first>${NAME})\\s*(?:/|\\()\\s*(?<second>${NAME})(?<close>\\s*\\))?`, "dgu");

export function checkMonthPairs(text: string, source: (start: number, end: number) => string): RawFinding[] {
  const findings: RawFinding[] = [];
  PAIR.lastIndex = 0;
  for (let match = PAIR.exec(text); match; match = PAIR.exec(text)) {
    const [firstStart, firstEnd] = match.indices!.groups!.first;
    const [secondStart, secondEnd] = match.indices!.groups!.second;
    const first = lookUpMonth(match.groups!.first);
    const second = lookUpMonth(match.groups!.second);
    // The second name may start the next pair ("يناير/فبراير/مارس").
    PAIR.lastIndex = secondStart;
    if (!first || !second || first.month === second.month || !isEquivalencePair(first, second)) continue;
    findings.push({
      kind: "month_pair_mismatch",
      start: match.index,
      end: match.index + match[0].length,
      details: {
        first: { name: source(firstStart, firstEnd), month: first.month },
        second: { name: source(secondStart, secondEnd), month: second.month },
      },
    });
  }
  return findings;
}
