import { findArticleWithText } from "@/lib/articles/get-article";
import type { Locale } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/permissions/actor";
import { findChecks } from "../checks/find-checks";
import { NOTE_KINDS } from "../checks/types";
import { explainFinding } from "../explain";

/** The current text's consistency findings, each explained in `locale`. */
export async function getArticleChecks(actor: Actor, articleId: string, locale: Locale) {
  const { article, revision } = await findArticleWithText(actor, articleId);
  const published = article.publishedAt;
  const publishedAt = published
    ? { year: published.getUTCFullYear(), month: published.getUTCMonth() + 1, day: published.getUTCDate() }
    : null;
  const findings = findChecks(revision.text, { publishedAt }).map((finding) => ({
    kind: finding.kind,
    severity: NOTE_KINDS.has(finding.kind) ? ("note" as const) : ("error" as const),
    start: finding.start,
    end: finding.end,
    quote: finding.quote,
    message: explainFinding(finding, locale),
    details: finding.details,
  }));
  return { revision: revision.number, findings };
}
