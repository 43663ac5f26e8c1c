import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EndpointDoc } from "@/components/api-docs/endpoint-doc";
import { requirePageActor } from "@/lib/auth/current-actor";
import { ENDPOINT_TAGS } from "@/lib/api/endpoint";
import { ENDPOINTS } from "@/lib/api/endpoints";

export async function generateMetadata() {
  return { title: (await getTranslations("apiDocs"))("title") };
}

/** The API reference for people: the same endpoint definitions and zod schemas as /api/v1/openapi.json. */
export default async function ApiDocsPage() {
  await requirePageActor();
  const t = await getTranslations("apiDocs");
  return (
    <section className="card api-docs">
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <p className="hint">
        <Link href="/settings/tokens">{t("tokensLink")}</Link> · <a href="/api/v1/openapi.json">{t("openapiLink")}</a>
      </p>
      <pre
        dir="ltr"
        className="api-example"
      >{`curl -H "Authorization: Bearer sanad_…" ${process.env.NEXTAUTH_URL ?? ""}/api/v1/articles`}</pre>
      {ENDPOINT_TAGS.map((tag) => (
        <section key={tag} aria-labelledby={`api-${tag}`}>
          <h2 id={`api-${tag}`}>{t(`tags.${tag}`)}</h2>
          {ENDPOINTS.filter((e) => e.tag === tag).map((endpoint) => (
            <EndpointDoc key={`${endpoint.method} ${endpoint.path}`} endpoint={endpoint} />
          ))}
        </section>
      ))}
    </section>
  );
}
