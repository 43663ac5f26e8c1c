"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { CLAIM_API } from "@/lib/api/endpoints/claims";
import type { TClaimSheet } from "@/lib/claim-sheet/serialize";
import type { TSheetWrite } from "./sheet-api";
import { SourceForm, valuesOf, type TSourceValues } from "./source-form";

type TSource = TClaimSheet["sources"][number];
type Props = {
  sources: TSource[];
  editable: boolean;
  errors: Record<string, string>;
  write: (endpoint: TSheetWrite, body: Record<string, unknown>, sourceId?: string) => Promise<string>;
};

// Empty optional fields are left out when adding and cleared (null) when editing.
const forCreate = (v: TSourceValues) =>
  Object.fromEntries(Object.entries(v).filter(([, value]) => value.trim() !== ""));
const forUpdate = (v: TSourceValues, before: TSourceValues) =>
  Object.fromEntries(
    Object.entries(v).flatMap(([key, value]) =>
      value === before[key as keyof TSourceValues] ? [] : [[key, value.trim() === "" ? null : value]],
    ),
  );

/** The claim's evidence as a numbered, ordered list: add, edit, remove, move up or down. */
export function SourcesEditor({ sources, editable, errors, write }: Props) {
  const t = useTranslations("sheet.source");
  const format = useFormatter();
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const numberOf = (source: TSource) => sources.findIndex((s) => s.id === source.id) + 1;

  function move(index: number, by: number) {
    const ids = sources.map((s) => s.id);
    [ids[index], ids[index + by]] = [ids[index + by], ids[index]];
    void write(CLAIM_API.reorderSources, { ids });
  }

  return (
    <section className="sheet-section" aria-labelledby="sheet-sources">
      <h3 id="sheet-sources">
        {t("heading")} <span className="count">({sources.length})</span>
      </h3>
      {sources.length === 0 && <p className="hint">{t("none")}</p>}
      <ol className="sources" data-testid="sources">
        {sources.map((source, i) => (
          <li key={source.id} className={`source stance-${source.stance.toLowerCase()}`} data-source-id={source.id}>
            {editing === source.id ? (
              <SourceForm
                idPrefix={`source-${source.id}`}
                initial={valuesOf(source)}
                others={sources.filter((s) => s.id !== source.id)}
                numberOf={numberOf}
                errors={errors}
                onCancel={() => setEditing(null)}
                onSubmit={async (values) => {
                  const changes = forUpdate(values, valuesOf(source));
                  const saved =
                    Object.keys(changes).length === 0 ||
                    (await write(CLAIM_API.updateSource, changes, source.id)) === "saved";
                  if (saved) setEditing(null);
                  return saved;
                }}
              />
            ) : (
              <>
                <p className="source-head">
                  <span className="source-number">[{i + 1}]</span>{" "}
                  <a href={source.url} target="_blank" rel="noopener noreferrer nofollow" dir="auto">
                    {source.title}
                  </a>
                </p>
                <p className="source-meta">
                  <span className={`stance-badge stance-${source.stance.toLowerCase()}`}>
                    {t(`stances.${source.stance}`)}
                  </span>
                  <span>{t(`types.${source.type}`)}</span>
                  {source.publisher && <span dir="auto">{source.publisher}</span>}
                  {source.publishedAt && (
                    <span>
                      {format.dateTime(new Date(source.publishedAt), { dateStyle: "medium", timeZone: "UTC" })}
                    </span>
                  )}
                  <span className="hint">
                    {t("accessed", { at: format.dateTime(new Date(source.accessedAt), { dateStyle: "medium" }) })}
                  </span>
                  {source.archiveUrl && (
                    <a href={source.archiveUrl} target="_blank" rel="noopener noreferrer nofollow">
                      {t("archived")}
                    </a>
                  )}
                </p>
                {source.excerpt && (
                  <blockquote className="excerpt" dir="auto">
                    {source.excerpt}
                  </blockquote>
                )}
                {editable && (
                  <div className="source-actions">
                    <button type="button" className="secondary small" onClick={() => setEditing(source.id)}>
                      {t("edit")}
                    </button>
                    <button
                      type="button"
                      className="secondary small"
                      disabled={i === 0}
                      onClick={() => move(i, -1)}
                      aria-label={t("moveUp", { n: i + 1 })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="secondary small"
                      disabled={i === sources.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label={t("moveDown", { n: i + 1 })}
                    >
                      ↓
                    </button>
                    {confirming === source.id ? (
                      <span role="alertdialog" aria-label={t("confirmRemove")} className="confirm">
                        {t("confirmRemove")}{" "}
                        <button
                          type="button"
                          className="danger small"
                          onClick={() =>
                            void write(CLAIM_API.removeSource, {}, source.id).then(() => setConfirming(null))
                          }
                        >
                          {t("remove")}
                        </button>
                        <button type="button" className="secondary small" onClick={() => setConfirming(null)}>
                          {t("cancel")}
                        </button>
                      </span>
                    ) : (
                      <button type="button" className="secondary small" onClick={() => setConfirming(source.id)}>
                        {t("remove")}
                      </button>
                    )}
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {editable &&
        (adding ? (
          <SourceForm
            idPrefix="new-source"
            others={sources}
            numberOf={numberOf}
            errors={errors}
            onCancel={() => setAdding(false)}
            onSubmit={async (values) => {
              const saved = (await write(CLAIM_API.addSource, forCreate(values))) === "saved";
              if (saved) setAdding(false);
              return saved;
            }}
          />
        ) : (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            {t("addSource")}
          </button>
        ))}
    </section>
  );
}
