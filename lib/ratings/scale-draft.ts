import type { TRatingJson } from "./serialize";

/**
 * One rating as the scale editor holds it: inputs as typed (value as text, so an empty box means
 * "no value"), plus what the server said about it. `id` stays the same while the draft is edited or
 * moved, so errors and focus follow the rating rather than its place in the list.
 */
export type TRatingDraft = {
  id: string;
  saved: boolean;
  key: string;
  labelAr: string;
  labelEn: string;
  description: string;
  color: string;
  value: string;
  retired: boolean;
  usedBy: number;
};

export type TDraftField = "key" | "labelAr" | "labelEn" | "description" | "color" | "value";
export type TScaleErrors = { general?: string; byId: Record<string, Partial<Record<TDraftField, string>>> };

const NEW_COLOR = "#6e7781";

export function draftsOf(ratings: TRatingJson[]): TRatingDraft[] {
  return ratings.map((r) => ({
    id: `saved-${r.key}`,
    saved: true,
    key: r.key,
    labelAr: r.labelAr,
    labelEn: r.labelEn,
    description: r.description,
    color: r.color,
    value: r.value === null ? "" : String(r.value),
    retired: r.retired,
    usedBy: r.usedBy,
  }));
}

export function newDraft(id: string): TRatingDraft {
  return {
    id,
    saved: false,
    key: "",
    labelAr: "",
    labelEn: "",
    description: "",
    color: NEW_COLOR,
    value: "",
    retired: false,
    usedBy: 0,
  };
}

/** The draft list with the draft at `index` moved one place up (-1) or down (1); unchanged at the ends. */
export function moveDraft(drafts: TRatingDraft[], index: number, by: -1 | 1): TRatingDraft[] {
  const target = index + by;
  if (index < 0 || target < 0 || target >= drafts.length) return drafts;
  const next = [...drafts];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** A key proposed from the English label (lower-case Latin, digits, hyphens), as the API requires. */
export function suggestKey(labelEn: string): string {
  return labelEn
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

/** The body of PUT /api/v1/rating-scale. A value that is not a number is sent as typed so the server names the problem. */
export function scalePayload(drafts: TRatingDraft[]) {
  return {
    ratings: drafts.map((d) => {
      const number = Number(d.value);
      const value = d.value.trim() === "" ? null : Number.isFinite(number) ? number : d.value;
      return {
        key: d.key.trim(),
        labelAr: d.labelAr,
        labelEn: d.labelEn,
        description: d.description,
        color: d.color,
        value,
        retired: d.retired,
      };
    }),
  };
}

const FIELD_PATH = /^ratings\.(\d+)\.(key|labelAr|labelEn|description|color|value)$/;

/**
 * Per-field messages of a 422 ("ratings.2.labelAr") attached to the drafts that were sent, by id,
 * so they stay beside the right rating even if the list is reordered before the next save.
 */
export function errorsByDraft(sent: TRatingDraft[], fields: Record<string, string>): TScaleErrors {
  const errors: TScaleErrors = { byId: {} };
  const general: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const match = FIELD_PATH.exec(path);
    const draft = match ? sent[Number(match[1])] : undefined;
    if (match && draft) (errors.byId[draft.id] ??= {})[match[2] as TDraftField] = message;
    else general.push(message);
  }
  if (general.length > 0) errors.general = general.join(" ");
  return errors;
}
