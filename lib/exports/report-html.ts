import { claimAnchor, standingClaims, type Report, type ReportClaim, type ReportSource } from "@/lib/reports/types";
import { jsonForScript, toClaimReview } from "./claim-review";
import { correctionLog, formatDate, reportLocale, reportText, type ReportText } from "./labels";
import { REPORT_CSS } from "./report-css";
import { ratingLabel } from "./rating-label";
import { escapeHtml as h, isHttpUrl, richTextToHtml } from "./rich-text";
import { scalePlace } from "./scale-place";

// The published report as one HTML document: the public page, the HTML export and the PDF's
// source are this same text. All user text is escaped; user text gets dir="auto".

const COLOR = /^#[0-9a-f]{3,8}$/i;
// Defence in depth, in the document itself so it holds for the page and a downloaded file alike: no
// script runs (JSON-LD is data, not script), nothing loads but inline styles, the fonts and a logo.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; font-src 'self' data:; img-src https: http: data:; base-uri 'none'; form-action 'none'";
const text = (value: string, tag = "span", cls?: string) =>
  `<${tag} dir="auto"${cls ? ` class="${cls}"` : ""}>${h(value)}</${tag}>`;
const link = (url: string, label: string, rel = "nofollow noopener") =>
  isHttpUrl(url) ? `<a href="${h(url)}" rel="${rel}" dir="auto">${h(label)}</a>` : h(label);
const time = (value: string, language: string) =>
  `<time datetime="${h(value)}">${h(formatDate(value, language))}</time>`;
const fact = (label: string, value: string | null) => (value ? `<dt>${h(label)}</dt><dd>${value}</dd>` : "");

function sourceItem(source: ReportSource, claim: ReportClaim, t: ReportText, language: string) {
  const details = [
    source.publisher && text(source.publisher),
    source.publishedAt && time(source.publishedAt, language),
    h(t("accessed", { date: formatDate(source.accessedAt, language) })),
  ].filter(Boolean);
  return `<li id="${claimAnchor(claim.id)}-source-${source.number}">${link(source.url, source.title)} — ${details.join("، ")}${
    source.archiveUrl ? ` — ${link(source.archiveUrl, t("archive"))}` : ""
  } <span class="stance">(${h(t(`stance.${source.stance}` as "stance.SUPPORTS"))})</span>${source.excerpt ? text(source.excerpt, "blockquote", "excerpt") : ""}</li>`;
}

function verdictBlock(claim: ReportClaim, report: Report, t: ReportText) {
  if (!claim.rating) return "";
  const language = report.article.language;
  const color = COLOR.test(claim.rating.color) ? ` style="--verdict: ${claim.rating.color}"` : "";
  const scale = report.scale.ratings
    .map((r) => `<li${r.key === claim.rating!.key ? ' aria-current="true"' : ""}>${h(ratingLabel(r, language))}</li>`)
    .join("");
  return `<div class="verdict"${color}><p><span class="verdict-name">${h(t("verdict"))}:</span> <strong class="verdict-label">${h(ratingLabel(claim.rating, language))}</strong> <span class="scale-place">${h(scalePlace(claim.rating, report.scale, t))}</span></p><ol class="scale" aria-label="${h(t("scale"))}">${scale}</ol></div>`;
}

function claimArticle(claim: ReportClaim, n: number, report: Report, t: ReportText) {
  const language = report.article.language;
  const claimant = claim.claimant && text([claim.claimant.name, claim.claimant.role].filter(Boolean).join("، "));
  const appearances =
    claim.appearances.length > 0
      ? `<ul class="appearances">${claim.appearances.map((url) => `<li>${link(url, url)}</li>`).join("")}</ul>`
      : null;
  const sources = claim.sources.map((s) => sourceItem(s, claim, t, language)).join("");
  const log = correctionLog(claim, language);
  const corrections =
    log.length > 0
      ? `<ul>${log.map((c) => `<li>${time(c.date, language)}: ${text(c.text)}</li>`).join("")}</ul>`
      : `<p>${h(t("noCorrections"))}</p>`;
  const retracted = claim.retraction
    ? `<div class="retracted" role="note"><p><strong class="retracted-label">${h(t("retracted"))}</strong> ${h(
        t("retractedNotice", { date: formatDate(claim.retraction.date, language) }),
      )}</p>${text(claim.retraction.note, "p")}</div>`
    : "";
  return `<article class="claim${claim.retraction ? " is-retracted" : ""}" id="${claimAnchor(claim.id)}">
<h2><span class="claim-number">${h(t("claimNumber", { n }))}</span> ${text(claim.statement)}</h2>
${retracted}
${verdictBlock(claim, report, t)}
<figure class="quote"><figcaption>${h(t("quote"))}</figcaption>${text(claim.quote.exact, "blockquote")}</figure>
<dl class="facts">${fact(t("claimant"), claimant)}${fact(t("claimDate"), claim.claimDate && time(claim.claimDate, language))}${fact(t("appearances"), appearances)}</dl>
${claim.conclusion ? `<p class="conclusion"><strong>${h(t("conclusion"))}:</strong> ${text(claim.conclusion)}</p>` : ""}
${claim.rationale ? `<section class="rationale"><h3>${h(t("rationale"))}</h3>${richTextToHtml(claim.rationale)}</section>` : ""}
${sources ? `<section class="sources"><h3>${h(t("sources"))}</h3><ol>${sources}</ol></section>` : ""}
<dl class="people">${fact(t("author"), claim.author && text(claim.author))}${fact(t("reviewer"), claim.reviewer && text(claim.reviewer))}${fact(t("publishedOn"), time(claim.publishedAt, language))}${
    claim.updatedAt !== claim.publishedAt ? fact(t("updatedOn"), time(claim.updatedAt, language)) : ""
  }</dl>
<section class="corrections"><h3>${h(t("corrections"))}</h3>${corrections}</section>
</article>`;
}

/** `fontCss`: @font-face rules for the shipped reading font (embedded for files, linked for the page). */
export function toReportHtml(report: Report, fontCss: string): string {
  const { article, org } = report;
  const t = reportText(article.language);
  const title = `${t("title")}: ${article.title}`;
  const logo =
    org.logoUrl && isHttpUrl(org.logoUrl)
      ? `<img class="logo" src="${h(org.logoUrl)}" alt="" referrerpolicy="no-referrer">`
      : "";
  const orgName = org.url ? link(org.url, org.name, "noopener") : text(org.name);
  const reviewed = [
    article.sourceUrl ? link(article.sourceUrl, article.title) : text(article.title),
    article.publisher && text(article.publisher),
    article.publishedAt && time(article.publishedAt, article.language),
  ].filter(Boolean);
  const policies = [
    org.methodologyUrl && link(org.methodologyUrl, t("methodology"), "noopener"),
    org.correctionsPolicyUrl && link(org.correctionsPolicyUrl, t("correctionsPolicy"), "noopener"),
  ].filter(Boolean);
  const claims =
    report.claims.length > 0
      ? report.claims.map((c, i) => claimArticle(c, i + 1, report, t)).join("\n")
      : `<p>${h(t("noClaims"))}</p>`;
  // A retracted claim stays on the page but no longer stands behind a ClaimReview.
  const jsonLd = standingClaims(report)
    .map((c) => `<script type="application/ld+json">${jsonForScript(toClaimReview(c, report))}</script>`)
    .join("\n");
  return `<!doctype html>
<html lang="${h(article.language)}" dir="${article.direction === "rtl" ? "rtl" : "ltr"}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
${isHttpUrl(report.url) ? `<link rel="canonical" href="${h(report.url)}">` : ""}
<style>${REPORT_CSS}\n${fontCss}</style>
${jsonLd}
</head>
<body class="report-body" data-locale="${reportLocale(article.language)}">
<header class="masthead">${logo}<span class="org">${orgName}</span></header>
<main class="report">
<h1>${h(t("title"))}</h1>
<section class="reviewed"><h2>${h(t("articleReviewed"))}</h2><p>${reviewed.join(" — ")}</p></section>
${claims}
</main>
<footer class="report-footer"><p>${h(t("publishedBy", { name: org.name }))}</p>${policies.length > 0 ? `<p>${policies.join(" · ")}</p>` : ""}</footer>
</body>
</html>
`;
}
