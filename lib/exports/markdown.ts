import type { Report, ReportClaim } from "@/lib/reports/types";
import { correctionLog, formatDate, reportText, type ReportText } from "./labels";
import { ratingLabel } from "./rating-label";
import { escapeMarkdown as md, markdownUrl, richTextToMarkdown } from "./rich-text";
import { scalePlace } from "./scale-place";

// The report as Markdown for a CMS: the same content as the public page, user text escaped so it
// never becomes Markdown syntax, links written as [text](url).

const link = (text: string, url: string) => `[${md(text)}](${markdownUrl(url)})`;
const line = (label: string, value: string | null) => (value ? `- **${md(label)}:** ${value}` : null);

function claimSection(claim: ReportClaim, n: number, report: Report, t: ReportText) {
  const language = report.article.language;
  const date = (value: string) => formatDate(value, language);
  const claimant = claim.claimant ? md([claim.claimant.name, claim.claimant.role].filter(Boolean).join("، ")) : null;
  const verdict = claim.rating
    ? `**${md(ratingLabel(claim.rating, language))}** (${md(scalePlace(claim.rating, report.scale, t))})`
    : null;
  const sources = claim.sources.map((s) => {
    const details = [s.publisher, s.publishedAt && date(s.publishedAt), t("accessed", { date: date(s.accessedAt) })]
      .filter(Boolean)
      .map((v) => md(v as string));
    const archive = s.archiveUrl ? ` — ${link(t("archive"), s.archiveUrl)}` : "";
    const excerpt = s.excerpt ? `\n   > ${md(s.excerpt)}` : "";
    return `${s.number}. ${link(s.title, s.url)} — ${details.join("، ")}${archive}${excerpt}`;
  });
  const corrections = correctionLog(claim, language).map((c) => `- ${md(date(c.date))}: ${md(c.text)}`);
  const retracted = claim.retraction
    ? `> **${md(t("retracted"))}:** ${md(t("retractedNotice", { date: date(claim.retraction.date) }))}\n>\n> ${md(claim.retraction.note)}`
    : null;
  return [
    `## ${md(t("claimNumber", { n }))}: ${md(claim.statement)}`,
    retracted,
    `> ${md(claim.quote.exact)}`,
    [
      line(t("claimant"), claimant),
      line(t("claimDate"), claim.claimDate && md(date(claim.claimDate))),
      line(t("appearances"), claim.appearances.map((url) => `<${markdownUrl(url)}>`).join(" ")),
      line(t("verdict"), verdict),
      line(t("conclusion"), claim.conclusion && md(claim.conclusion)),
    ]
      .filter(Boolean)
      .join("\n"),
    claim.rationale ? `### ${md(t("rationale"))}\n\n${richTextToMarkdown(claim.rationale)}` : null,
    sources.length > 0 ? `### ${md(t("sources"))}\n\n${sources.join("\n")}` : null,
    [
      line(t("author"), claim.author && md(claim.author)),
      line(t("reviewer"), claim.reviewer && md(claim.reviewer)),
      line(t("publishedOn"), md(date(claim.publishedAt))),
      claim.updatedAt !== claim.publishedAt ? line(t("updatedOn"), md(date(claim.updatedAt))) : null,
    ]
      .filter(Boolean)
      .join("\n"),
    corrections.length > 0 ? `### ${md(t("corrections"))}\n\n${corrections.join("\n")}` : null,
  ]
    .filter(Boolean)
    .join("\n\n");
}

export function toMarkdown(report: Report): string {
  const { article, org } = report;
  const t = reportText(article.language);
  const reviewed = [
    article.sourceUrl ? link(article.title, article.sourceUrl) : md(article.title),
    article.publisher && md(article.publisher),
    article.publishedAt && md(formatDate(article.publishedAt, article.language)),
  ]
    .filter(Boolean)
    .join(" — ");
  const policies = [
    org.methodologyUrl && link(t("methodology"), org.methodologyUrl),
    org.correctionsPolicyUrl && link(t("correctionsPolicy"), org.correctionsPolicyUrl),
  ].filter(Boolean);
  return (
    [
      `# ${md(t("title"))}: ${md(article.title)}`,
      `**${md(t("articleReviewed"))}:** ${reviewed}`,
      ...(report.claims.length > 0
        ? report.claims.map((claim, i) => claimSection(claim, i + 1, report, t))
        : [md(t("noClaims"))]),
      "---",
      [
        org.url ? link(t("publishedBy", { name: org.name }), org.url) : md(t("publishedBy", { name: org.name })),
        ...policies,
      ].join(" · "),
    ].join("\n\n") + "\n"
  );
}
