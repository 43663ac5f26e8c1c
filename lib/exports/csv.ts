import { claimUrl, type Report, type ReportClaim } from "@/lib/reports/types";
import { ratingLabel } from "./rating-label";
import { richTextToPlain } from "./rich-text";

// One row per claim. RFC 4180: CRLF between records, every field quoted, quotes doubled. A UTF-8
// byte order mark makes Excel read Arabic correctly.

const BOM = "\uFEFF";

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): a leading
// apostrophe keeps it text, which is what every spreadsheet shows it as anyway.
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseFormula = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

const field = (value: string | number | null | undefined) =>
  `"${neutraliseFormula(value === null || value === undefined ? "" : String(value)).replace(/"/g, '""')}"`;

const COLUMNS: [string, (claim: ReportClaim, report: Report) => string | number | null][] = [
  ["id", (c) => c.id],
  ["url", (c, r) => claimUrl(r, c.id)],
  ["quote", (c) => c.quote.exact],
  ["statement", (c) => c.statement],
  ["claimant", (c) => c.claimant?.name ?? null],
  ["claimant_kind", (c) => c.claimant?.kind ?? null],
  ["claimant_role", (c) => c.claimant?.role ?? null],
  ["claim_date", (c) => c.claimDate],
  ["appearances", (c) => c.appearances.join("\n")],
  ["verdict", (c, r) => (c.rating ? ratingLabel(c.rating, r.article.language) : null)],
  ["verdict_key", (c) => c.rating?.key ?? null],
  ["rating_value", (c) => c.rating?.value ?? null],
  ["conclusion", (c) => c.conclusion],
  ["rationale", (c) => richTextToPlain(c.rationale)],
  [
    "sources",
    (c) =>
      c.sources.map((s) => [`[${s.number}] ${s.title}`, s.url, s.archiveUrl].filter(Boolean).join(" | ")).join("\n"),
  ],
  ["tags", (c) => c.tags.join(", ")],
  ["author", (c) => c.author],
  ["reviewer", (c) => c.reviewer],
  ["published_at", (c) => c.publishedAt],
  ["updated_at", (c) => c.updatedAt],
  ["retracted_at", (c) => c.retraction?.date ?? null],
  ["retraction_note", (c) => c.retraction?.note ?? null],
];

export function toCsv(report: Report): string {
  const header = COLUMNS.map(([name]) => field(name)).join(",");
  const rows = report.claims.map((claim) => COLUMNS.map(([, value]) => field(value(claim, report))).join(","));
  return `${BOM}${[header, ...rows].join("\r\n")}\r\n`;
}
