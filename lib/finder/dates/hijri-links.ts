import { foldedPhrases } from "../text/lexicon";
import type { DateMention } from "./find-dates";

// A Hijri date and the Gregorian date given as its equivalent: "1 رمضان 1445 هـ الموافق 11 مارس
// 2024", "(الموافق لـ …)", "1445 هـ (11 مارس 2024 م)", or the other way round.

export type HijriLink = { hijri: DateMention; gregorian: DateMention; start: number; end: number };

const LINK_WORDS = foldedPhrases(
  "الموافق",
  "الموافقة",
  "المصادف",
  "الذي يوافق",
  "التي توافق",
  "ويوافق",
  "يوافق",
  "وهو",
);
const WEEKDAY_WORDS = foldedPhrases("الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت");
const LINK = new RegExp(
  `^[\\s،,]*(?:\\(\\s*)?(?:(?:${LINK_WORDS.join("|")})\\s*(?:ل\\s*|لـ\\s*)?(?:ليوم\\s+|يوم\\s+)?(?:(?:${WEEKDAY_WORDS.join("|")})\\s*[،,]?\\s*)?)?$`,
  "u",
);
const HAS_LINK = new RegExp(`\\(|${LINK_WORDS.join("|")}`, "u");
const MAX_GAP = 40;

function isLink(gap: string): boolean {
  return gap.length <= MAX_GAP && LINK.test(gap) && HAS_LINK.test(gap);
}

export function findHijriLinks(text: string, dates: readonly DateMention[]): HijriLink[] {
  const links: HijriLink[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const [first, second] = [dates[i], dates[i + 1]];
    if (first.calendar === second.calendar || second.start < first.end) continue;
    if (!isLink(text.slice(first.end, second.start))) continue;
    const [hijri, gregorian] = first.calendar === "hijri" ? [first, second] : [second, first];
    const closing = text.slice(second.end).match(/^\s*(?:م(?![\p{L}]))?\s*\)/u);
    links.push({ hijri, gregorian, start: first.start, end: second.end + (closing ? closing[0].length : 0) });
  }
  return links;
}
