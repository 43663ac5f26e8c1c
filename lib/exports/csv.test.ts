import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";
import { PUBLISHED_CLAIM, REPORT } from "./fixtures";

const rowsOf = (csv: string) =>
  parse(csv, { bom: true, columns: true, relax_column_count: false }) as Record<string, string>[];

describe("toCsv", () => {
  it("starts with a UTF-8 byte order mark and separates records with CRLF", () => {
    const csv = toCsv(REPORT);
    expect(csv.startsWith('\uFEFF"id",')).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("parses back as one row per claim with its verdict, Arabic text and numbered sources", () => {
    const rows = rowsOf(toCsv(REPORT));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      id: "claim1",
      url: "https://sanad.example.org/r/abc123#claim-claim1",
      quote: "طائرة مسيّرة مفخّخة",
      statement: PUBLISHED_CLAIM.statement,
      claimant: "قيادة العمليات المشتركة",
      claimant_kind: "ORGANIZATION",
      claim_date: "2021-11-07",
      appearances: "https://www.aljazeera.net/news/2021/11/7/kadhimi\nhttps://x.com/SMCIraq/status/1457",
      verdict: "صحيح",
      verdict_key: "true",
      rating_value: "5",
      author: "سارة المدققة",
      reviewer: "علي المحرر",
    });
    expect(rows[0].sources.split("\n")[0]).toBe(
      "[1] بيان خلية الإعلام الأمني | https://example.gov.iq/statement | https://web.archive.org/web/2021/https://example.gov.iq/statement",
    );
    expect(rows[1]).toMatchObject({ verdict: "لا يمكن التحقق", rating_value: "", sources: "" });
  });

  it.each([
    ["=", "=1+1"],
    ["+", "+966 555"],
    ["-", "-2+3"],
    ["@", "@SUM(A1)"],
    ["tab", "\t=1"],
    ["carriage return", "\r=1"],
  ])("neutralises a cell starting with %s so a spreadsheet shows it as text", (_name, value) => {
    const claim = { ...PUBLISHED_CLAIM, statement: value, conclusion: `${value} "quoted", with commas` };
    const [row] = rowsOf(toCsv({ ...REPORT, claims: [claim] }));
    expect(row.statement).toBe(`'${value}`);
    expect(row.conclusion).toBe(`'${value} "quoted", with commas`);
  });

  it("neutralises formulas inside a multi-line cell's first line and leaves ordinary text alone", () => {
    const [row] = rowsOf(toCsv(REPORT));
    expect(row.sources.split("\n")[1]).toBe(
      '[2] =HYPERLINK("https://evil.example","click") | https://www.reuters.com/world/middle-east/iraqi-pm',
    );
    expect(row.statement.startsWith("'")).toBe(false);
  });

  it("writes only the header for a report with no claims", () => {
    expect(rowsOf(toCsv({ ...REPORT, claims: [] }))).toEqual([]);
  });
});
