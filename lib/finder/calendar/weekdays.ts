import { foldedMap } from "../text/lexicon";

/** 0 = Sunday … 6 = Saturday, as Date#getUTCDay counts. */
export const WEEKDAYS = foldedMap<number>([
  ["الأحد", 0],
  ["الاثنين", 1],
  ["الإثنين", 1],
  ["الثلاثاء", 2],
  ["الأربعاء", 3],
  ["الخميس", 4],
  ["الجمعة", 5],
  ["السبت", 6],
]);

export const WEEKDAY_NAMES_AR = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"];
