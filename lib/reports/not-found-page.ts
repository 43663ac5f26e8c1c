import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };

// An unknown address and a report with nothing published yet look the same: 404, in both languages.
export function publicNotFoundPage(): Response {
  const html = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${ar.report.notFoundTitle}</title></head>
<body style="font-family:serif;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>${ar.report.notFoundTitle}</h1><p>${ar.report.notFoundBody}</p>
<p lang="en" dir="ltr">${en.report.notFoundTitle}. ${en.report.notFoundBody}</p>
</body></html>`;
  return new Response(html, { status: 404, headers: { "Content-Type": "text/html; charset=utf-8" } });
}
