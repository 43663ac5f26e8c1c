import { getLocale, getTranslations } from "next-intl/server";
import type { AnyEndpoint } from "@/lib/api/endpoint";
import { jsonSchemaOf } from "@/lib/api/openapi/document";
import { schemaFields } from "@/lib/api/openapi/schema-fields";

/** One endpoint: method, path, summary in the reader's language, who may call it, query, body and answer fields. */
export async function EndpointDoc({ endpoint }: { endpoint: AnyEndpoint }) {
  const t = await getTranslations("apiDocs");
  const locale = await getLocale();
  const body = endpoint.body ? schemaFields(jsonSchemaOf(endpoint.body)) : [];
  const query = endpoint.query ? schemaFields(jsonSchemaOf(endpoint.query)) : [];
  const answer = endpoint.response ? schemaFields(jsonSchemaOf(endpoint.response, "output")) : [];
  const id = `${endpoint.method}-${endpoint.path}`.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return (
    <article className="endpoint" id={id} data-endpoint={`${endpoint.method} ${endpoint.path}`}>
      <h3 dir="ltr">
        <span className={`method method-${endpoint.method.toLowerCase()}`}>{endpoint.method}</span>{" "}
        <code>/api/v1{endpoint.path}</code>
      </h3>
      <p>{locale === "ar" ? endpoint.summary.ar : endpoint.summary.en}</p>
      <p className="hint">
        {t("answers", { status: endpoint.status })}{" "}
        {endpoint.raw && (
          <span dir="ltr" lang="en">
            <code>{endpoint.raw.contentType}</code>
          </span>
        )}
        {endpoint.ability === null ? <> · {t("public")}</> : <> · {t("ability", { ability: endpoint.ability })}</>}
      </p>
      {query.length > 0 && <FieldTable caption={t("query")} fields={query} />}
      {endpoint.body &&
        (body.length > 0 ? (
          <FieldTable caption={t("body")} fields={body} />
        ) : (
          <p className="hint" dir="ltr" lang="en">
            {endpoint.bodyDescription}
          </p>
        ))}
      {answer.length > 0 && <FieldTable caption={t("answer")} fields={answer} />}
    </article>
  );
}

async function FieldTable({ caption, fields }: { caption: string; fields: ReturnType<typeof schemaFields> }) {
  const t = await getTranslations("apiDocs");
  return (
    <table className="endpoint-fields">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th>{t("field")}</th>
          <th>{t("type")}</th>
          <th>{t("required")}</th>
        </tr>
      </thead>
      <tbody dir="ltr">
        {fields.map((field) => (
          <tr key={field.name}>
            <td>
              <code>{field.name}</code>
            </td>
            <td>{field.type}</td>
            <td>{field.required ? t("yes") : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
