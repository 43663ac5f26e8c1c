import type { Report } from "@/lib/reports/types";
import { toClaimReviews } from "./claim-review";
import { attachmentHeader } from "./content-disposition";
import { toCsv } from "./csv";
import type { ExportFormat } from "./format-names";
import { reportText } from "./labels";
import { toMarkdown } from "./markdown";
import { renderPdf } from "./pdf";
import { embeddedFontCss } from "./report-font";
import { toReportHtml } from "./report-html";
import { toW3CAnnotations } from "./w3c";

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

const FORMATS: Record<
  ExportFormat,
  { type: string; extension: string; render: (report: Report) => Promise<string | Buffer> | string }
> = {
  claimreview: {
    type: "application/ld+json; charset=utf-8",
    extension: "claimreview.jsonld",
    render: (r) => json(toClaimReviews(r)),
  },
  w3c: {
    type: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: "annotations.jsonld",
    render: (r) => json(toW3CAnnotations(r)),
  },
  csv: { type: "text/csv; charset=utf-8; header=present", extension: "csv", render: toCsv },
  md: { type: "text/markdown; charset=utf-8", extension: "md", render: toMarkdown },
  html: {
    type: "text/html; charset=utf-8",
    extension: "html",
    render: async (r) => toReportHtml(r, await embeddedFontCss("naskh")),
  },
  pdf: {
    type: "application/pdf",
    extension: "pdf",
    render: async (r) => renderPdf(toReportHtml(r, await embeddedFontCss("sans"))),
  },
};

/** The report in one format, as a download named after the article. */
export async function exportResponse(report: Report, format: ExportFormat): Promise<Response> {
  const { type, extension, render } = FORMATS[format];
  const body = await render(report);
  const title = `${reportText(report.article.language)("title")} - ${report.article.title}`;
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": attachmentHeader(title, `sanad-report-${report.article.id}`, extension),
      "Cache-Control": "private, no-store",
    },
  });
}
