import type { Article, Rating, Workspace } from "@/lib/db/generated/client";
import { scaleBounds } from "@/lib/ratings/serialize";
import type { Report, ReportClaim } from "./types";

/** Where reports live: NEXTAUTH_URL is the app's public address. */
export const reportUrl = (slug: string) =>
  `${(process.env.NEXTAUTH_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "")}/r/${encodeURIComponent(slug)}`;

export function buildReport(input: {
  article: Article;
  workspace: Workspace;
  ratings: Rating[];
  claims: ReportClaim[];
  slug: string;
}): Report {
  const { article, workspace, ratings } = input;
  const active = ratings.filter((r) => r.retiredAt === null);
  return {
    article: {
      id: article.id,
      title: article.title,
      language: article.language,
      direction: article.direction,
      sourceUrl: article.sourceUrl,
      publisher: article.publisher,
      publishedAt: article.publishedAt?.toISOString().slice(0, 10) ?? null,
    },
    org: {
      name: workspace.reportOrgName ?? workspace.name,
      url: workspace.reportOrgUrl,
      logoUrl: workspace.reportLogoUrl,
      methodologyUrl: workspace.methodologyUrl,
      correctionsPolicyUrl: workspace.correctionsPolicyUrl,
    },
    scale: {
      ratings: active.map((r) => ({
        key: r.key,
        labelAr: r.labelAr,
        labelEn: r.labelEn,
        value: r.value,
        color: r.color,
      })),
      ...scaleBounds(ratings),
    },
    claims: input.claims,
    url: reportUrl(input.slug),
  };
}
