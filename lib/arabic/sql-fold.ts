import { foldCodePoint } from "./normalize";

// The same folding as foldArabic, as arguments of PostgreSQL's translate(): characters of `from`
// become the character at the same place in `to`, and those past its end are deleted. Derived from
// foldCodePoint so the database and the browser can never fold differently.
function buildTable() {
  const mapped: [string, string][] = [];
  const dropped: string[] = [];
  for (let code = 0x0600; code <= 0x06ff; code++) {
    const char = String.fromCodePoint(code);
    const folded = foldCodePoint(char);
    if (folded === "") dropped.push(char);
    else if (folded !== char) mapped.push([char, folded]);
  }
  return { from: mapped.map(([c]) => c).join("") + dropped.join(""), to: mapped.map(([, f]) => f).join("") };
}

export const SQL_FOLD = buildTable();

/** A LIKE pattern matching `query` anywhere, folded; `%`, `_` and `\` in it match themselves. */
export function foldedLikePattern(query: string): string {
  const folded = [...query.normalize("NFC").replace(/\s+/gu, " ").trim()].map(foldCodePoint).join("");
  return `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
