import { describe, expect, it } from "vitest";
import { attachmentHeader } from "./content-disposition";

const decoded = (header: string) => decodeURIComponent(header.match(/filename\*=UTF-8''([^;]+)$/)![1]);

describe("attachmentHeader", () => {
  it("keeps an Arabic title in filename* (RFC 5987) with an ASCII fallback", () => {
    const header = attachmentHeader("تقرير التحقق - نجاة الكاظمي", "sanad-report-a1", "pdf");
    expect(header).toMatch(/^attachment; filename="sanad-report-a1\.pdf"; filename\*=UTF-8''%D8%AA/);
    expect(attachmentHeader("تقرير 2021 - Iraq", "sanad-report-a1", "csv")).toContain('filename="sanad-report-a1.csv"');
    expect(decoded(header)).toBe("تقرير التحقق - نجاة الكاظمي.pdf");
  });

  it("keeps an English title as the ASCII name, without characters that break headers or paths", () => {
    const header = attachmentHeader('Report: "Iraq" \u202Egnp.exe/..\\ 2021\r\n', "fallback", "csv");
    expect(header).toContain('filename="Report Iraq gnp.exe .. 2021.csv"');
    expect(decoded(header)).toBe("Report Iraq gnp.exe .. 2021.csv");
    expect(header).not.toMatch(/[\r\n\u202E]/);
  });

  it("encodes the characters RFC 5987 does not allow unescaped", () => {
    expect(attachmentHeader("a'b(c)d", "f", "md")).toContain("filename*=UTF-8''a%27b%28c%29d.md");
  });
});
