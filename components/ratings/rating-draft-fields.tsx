"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/ui/form-field";
import type { TDraftField, TRatingDraft } from "@/lib/ratings/scale-draft";
import { RatingBadge } from "./rating-badge";

type Props = {
  draft: TRatingDraft;
  index: number;
  count: number;
  label: string;
  errors: Partial<Record<TDraftField, string>>;
  onChange: (change: Partial<TRatingDraft>) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
};

/** One rating of the scale editor: its fields, and the buttons that move, retire or delete it. */
export function RatingDraftFields({ draft, index, count, label, errors, onChange, onMove, onDelete }: Props) {
  const t = useTranslations("ratingScale");
  const name = (field: string) => `${draft.id}-${field}`;
  return (
    <li
      className="rating-draft"
      data-testid="rating-draft"
      data-key={draft.key}
      data-retired={draft.retired || undefined}
    >
      <fieldset>
        <legend>
          <span className="visually-hidden">{t("position", { n: index + 1 })}</span>
          <RatingBadge
            rating={{ ...draft, labelAr: draft.labelAr || t("newRating"), labelEn: draft.labelEn || t("newRating") }}
            retiredLabel={t("retired")}
          />
        </legend>
        <div className="rating-tools">
          <button
            type="button"
            className="secondary small"
            id={name("up")}
            aria-label={t("moveUp", { label })}
            disabled={index === 0}
            onClick={() => onMove(-1)}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="secondary small"
            id={name("down")}
            aria-label={t("moveDown", { label })}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
          >
            <span aria-hidden="true">↓</span>
          </button>
          {draft.saved && (
            <button
              type="button"
              className="secondary small"
              aria-label={t(draft.retired ? "restoreLabel" : "retireLabel", { label })}
              onClick={() => onChange({ retired: !draft.retired })}
            >
              {t(draft.retired ? "restore" : "retire")}
            </button>
          )}
          {draft.usedBy === 0 && (
            <button
              type="button"
              className="secondary small"
              aria-label={t("deleteLabel", { label })}
              onClick={onDelete}
            >
              {t("delete")}
            </button>
          )}
          {draft.saved && <span className="rating-usage">{t("usedBy", { count: draft.usedBy })}</span>}
        </div>
        {draft.retired && <p className="hint">{t("retiredHint")}</p>}
        {draft.usedBy > 0 && !draft.retired && <p className="hint">{t("noDelete")}</p>}
        <div className="field-row">
          <FormField name={name("labelAr")} label={t("fields.labelAr")} error={errors.labelAr}>
            <input
              dir="auto"
              lang="ar"
              maxLength={60}
              value={draft.labelAr}
              onChange={(e) => onChange({ labelAr: e.target.value })}
            />
          </FormField>
          <FormField name={name("labelEn")} label={t("fields.labelEn")} error={errors.labelEn}>
            <input
              dir="auto"
              lang="en"
              maxLength={60}
              value={draft.labelEn}
              onChange={(e) => onChange({ labelEn: e.target.value })}
            />
          </FormField>
        </div>
        <FormField name={name("description")} label={t("fields.description")} error={errors.description}>
          <input
            dir="auto"
            maxLength={300}
            value={draft.description}
            onChange={(e) => onChange({ description: e.target.value })}
          />
        </FormField>
        <div className="field-row">
          <FormField
            name={name("key")}
            label={t("fields.key")}
            hint={draft.saved ? undefined : t("fields.keyHint")}
            error={errors.key}
          >
            <input
              dir="ltr"
              maxLength={40}
              value={draft.key}
              readOnly={draft.saved}
              onChange={(e) => onChange({ key: e.target.value })}
            />
          </FormField>
          <FormField name={name("color")} label={t("fields.color")} error={errors.color}>
            <input
              type="color"
              className="rating-color"
              value={draft.color}
              onChange={(e) => onChange({ color: e.target.value })}
            />
          </FormField>
          <FormField
            name={name("value")}
            label={t("fields.value")}
            hint={draft.saved ? undefined : t("fields.valueHint")}
            error={errors.value}
          >
            <input
              type="number"
              dir="ltr"
              min={0}
              max={100}
              step={1}
              inputMode="numeric"
              value={draft.value}
              onChange={(e) => onChange({ value: e.target.value })}
            />
          </FormField>
        </div>
      </fieldset>
    </li>
  );
}
