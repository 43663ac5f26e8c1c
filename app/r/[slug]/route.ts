import { errorResponse } from "@/lib/api/errors";
import { AppError } from "@/lib/errors";
import { linkedFontCss } from "@/lib/exports/report-font";
import { toReportHtml } from "@/lib/exports/report-html";
import { getPublicReport } from "@/lib/reports/get-report";
import { publicNotFoundPage } from "@/lib/reports/not-found-page";

// The public report: no sign-in (proxy.ts lets /r/ through), a whole HTML document of its own so it
// carries no app navigation and prints clean. no-cache: a withdrawn claim must not linger in caches.
export async function GET(_request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  try {
    const html = toReportHtml(await getPublicReport(slug), linkedFontCss());
    return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" } });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return publicNotFoundPage();
    return errorResponse(error);
  }
}
