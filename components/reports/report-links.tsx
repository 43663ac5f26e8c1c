import { getTranslations } from "next-intl/server";
import { urlOf } from "@/lib/api/client";
import { ARTICLE_API } from "@/lib/api/endpoints/articles";
import { EXPORT_FORMATS } from "@/lib/exports/format-names";

type Props = { articleId: string; published: number; reportPath: string | null };

/** The public report and the downloads of an article's published claims. */
export async function ReportLinks({ articleId, published, reportPath }: Props) {
  const t = await getTranslations("reportLinks");
  return (
    <details className="report-links" data-testid="report-links">
      <summary>{t("title", { count: published })}</summary>
      {reportPath ? (
        <>
          <p>
            <a href={reportPath} target="_blank" rel="noopener">
              {t("publicReport")}
            </a>
          </p>
          <p className="hint">{t("downloads")}</p>
          <ul className="export-list">
            {EXPORT_FORMATS.map((format) => (
              <li key={format}>
                <a href={urlOf(ARTICLE_API.export, { id: articleId }, { format })} download>
                  {t(`formats.${format}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="hint">{t("nonePublished")}</p>
      )}
    </details>
  );
}
