import { getTranslations } from "next-intl/server";

/** A plain GET form: results are a shareable URL, and it works before any script loads. */
export async function ArticleSearch({ query }: { query: string }) {
  const t = await getTranslations("articles");
  return (
    <form role="search" className="article-search" action="/articles">
      <label htmlFor="q" className="visually-hidden">
        {t("search")}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        dir="auto"
        defaultValue={query}
        placeholder={t("searchHint")}
        maxLength={200}
      />
      <button type="submit">{t("search")}</button>
    </form>
  );
}
