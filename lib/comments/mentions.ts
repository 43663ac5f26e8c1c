// "@name" in a comment names a member by their handle: the part of their email before "@"
// (checker@sanad.test is @checker). Letters of any script, digits, ".", "_" and "-". An Arabic letter
// may stand before the @ (و@سارة: "and @Sara"); a Latin one may not, so email addresses are not mentions.
export const MENTION = /(?<![A-Za-z0-9._-])@([\p{L}\p{N}._-]+)/gu;

export const handleOf = (email: string) => email.slice(0, email.indexOf("@")).toLowerCase();

/** The handles written in a text, lower-case, without a trailing full stop. */
export function parseMentions(text: string): string[] {
  return [...new Set([...text.matchAll(MENTION)].map((m) => m[1].replace(/[.]+$/u, "").toLowerCase()))];
}

/** What a notification quotes of a comment or a note: its first 200 characters (whole code points). */
export const excerptOf = (text: string) => {
  const chars = [...text];
  return chars.length > 200 ? `${chars.slice(0, 200).join("")}…` : text;
};
