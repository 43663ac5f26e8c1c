"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { callApi, type CallInput } from "@/lib/api/client";
import { WORKSPACE_API } from "@/lib/api/endpoints/workspace";
import {
  draftsOf,
  errorsByDraft,
  moveDraft,
  newDraft,
  scalePayload,
  suggestKey,
  type TRatingDraft,
  type TScaleErrors,
} from "@/lib/ratings/scale-draft";
import type { TRatingJson } from "@/lib/ratings/serialize";
import { RatingDraftFields } from "./rating-draft-fields";

type Scale = { ratings: TRatingJson[]; bestRating: number | null; worstRating: number | null };
type Status = "clean" | "dirty" | "saving" | "saved" | "failed";

/** The admin's editor: the whole scale is edited locally and saved as one ordered list (PUT). */
export function RatingScaleEditor({ initial }: { initial: Scale }) {
  const t = useTranslations("ratingScale");
  const arabic = useLocale() === "ar";
  const hydrated = useHydrated();
  const [drafts, setDrafts] = useState(() => draftsOf(initial.ratings));
  const [bounds, setBounds] = useState({ best: initial.bestRating, worst: initial.worstRating });
  const [errors, setErrors] = useState<TScaleErrors>({ byId: {} });
  const [status, setStatus] = useState<Status>("clean");
  const nextId = useRef(0);
  const focusAfterMove = useRef<string | null>(null);

  useEffect(() => {
    if (!focusAfterMove.current) return;
    const [id, direction] = focusAfterMove.current.split("|");
    const button = document.getElementById(`${id}-${direction}`) as HTMLButtonElement | null;
    const fallback = document.getElementById(`${id}-${direction === "up" ? "down" : "up"}`);
    (button && !button.disabled ? button : fallback)?.focus();
    focusAfterMove.current = null;
  }, [drafts]);

  useEffect(() => {
    if (status !== "dirty" && status !== "failed") return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [status]);

  function edit(next: TRatingDraft[]) {
    setDrafts(next);
    setStatus("dirty");
  }

  function change(id: string, change: Partial<TRatingDraft>) {
    // A field's message stays until that field is edited (or the next save answers).
    const stale = errors.byId[id];
    if (stale && Object.keys(change).some((field) => field in stale)) {
      const kept = Object.fromEntries(Object.entries(stale).filter(([field]) => !(field in change)));
      setErrors({ ...errors, byId: { ...errors.byId, [id]: kept } });
    }
    edit(
      drafts.map((d) => {
        if (d.id !== id) return d;
        // A new rating's key follows its English label until someone types a key of their own.
        const followsLabel = !d.saved && change.labelEn !== undefined && d.key === suggestKey(d.labelEn);
        return { ...d, ...change, ...(followsLabel ? { key: suggestKey(change.labelEn!) } : {}) };
      }),
    );
  }

  function move(index: number, by: -1 | 1) {
    focusAfterMove.current = `${drafts[index].id}|${by < 0 ? "up" : "down"}`;
    edit(moveDraft(drafts, index, by));
  }

  function add() {
    const draft = newDraft(`new-${++nextId.current}`);
    edit([...drafts, draft]);
    requestAnimationFrame(() => document.getElementById(`${draft.id}-labelAr`)?.focus());
  }

  async function save() {
    const sent = drafts;
    setStatus("saving");
    // A value typed as text goes as is: the endpoint's schema refuses it with a message under the field.
    const body = scalePayload(sent) as CallInput<typeof WORKSPACE_API.replaceRatingScale>["body"];
    const result = await callApi(WORKSPACE_API.replaceRatingScale, { body });
    if (result.ok) {
      const scale = result.data;
      setDrafts(draftsOf(scale.ratings));
      setBounds({ best: scale.bestRating, worst: scale.worstRating });
      setErrors({ byId: {} });
      setStatus("saved");
      return;
    }
    const { failure } = result;
    if (failure.code === "network") setErrors({ byId: {}, general: t("network") });
    else if (Object.keys(failure.fields).length > 0) setErrors(errorsByDraft(sent, failure.fields));
    else setErrors({ byId: {}, general: failure.message || t("network") });
    setStatus("failed");
  }

  const labelOf = (d: TRatingDraft) =>
    (arabic ? d.labelAr || d.labelEn : d.labelEn || d.labelAr) || d.key || t("newRating");
  return (
    <form
      className="rating-editor"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {status === "failed" && (
        <div role="alert" className="alert">
          <strong>{t("failed")}</strong> {errors.general && <span dir="auto">{errors.general}</span>}
        </div>
      )}
      <p className="hint">
        {t("fields.valueHint")}{" "}
        {bounds.best !== null && t("bounds", { best: bounds.best, worst: bounds.worst ?? bounds.best })}
      </p>
      <ol className="rating-drafts">
        {drafts.map((draft, index) => (
          <RatingDraftFields
            key={draft.id}
            draft={draft}
            index={index}
            count={drafts.length}
            label={labelOf(draft)}
            errors={errors.byId[draft.id] ?? {}}
            onChange={(c) => change(draft.id, c)}
            onMove={(by) => move(index, by)}
            onDelete={() => edit(drafts.filter((d) => d.id !== draft.id))}
          />
        ))}
      </ol>
      <div className="actions rating-editor-actions">
        <button type="button" className="secondary" onClick={add} disabled={!hydrated}>
          {t("add")}
        </button>
        <button type="submit" disabled={!hydrated || status === "saving"}>
          {status === "saving" ? t("saving") : t("save")}
        </button>
        <p role="status" className="hint" data-testid="scale-status">
          {status === "saved" ? t("saved") : status === "dirty" ? t("unsaved") : ""}
        </p>
      </div>
    </form>
  );
}
