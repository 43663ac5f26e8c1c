import { MENTION } from "./mentions";

const URL = /\b(?:https?:\/\/|www\.)\S+/giu;
const EMAIL = /\S+@\S+\.\S+/gu;
const STRONG = /[\p{L}]/u;
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/**
 * The direction of a comment: that of its first strong letter once @mentions, links, email addresses
 * (and, having no letters, numbers) are set aside, so "@checker راجع المصدر" reads right to left.
 * Text with no letter left keeps the browser's own rule ("auto").
 */
export function textDirection(text: string): "rtl" | "ltr" | "auto" {
  const words = text.replace(URL, " ").replace(EMAIL, " ").replace(MENTION, " ");
  for (const char of words) if (STRONG.test(char)) return RTL.test(char) ? "rtl" : "ltr";
  return "auto";
}
