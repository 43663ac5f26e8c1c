import type { TClaimSheet } from "./serialize";

// The claim sheet as the browser edits it: every field a plain value, so a draft can be compared with
// what the server has, kept in localStorage, and merged with someone else's save field by field.

export type TSheetForm = {
  statement: string;
  claimantName: string;
  claimantKind: string;
  claimantRole: string;
  claimDate: string;
  appearances: string[];
  tags: string[];
  checkWorthiness: string;
  assigneeId: string;
  reviewerId: string;
  ratingKey: string;
  conclusion: string;
  rationale: unknown;
};

export type TFormField = keyof TSheetForm;

/** Fields the user sees as one thing: a conflict on the claimant's kind is a conflict on the claimant. */
export const FIELD_GROUPS = {
  statement: ["statement"],
  claimant: ["claimantName", "claimantKind", "claimantRole"],
  claimDate: ["claimDate"],
  appearances: ["appearances"],
  tags: ["tags"],
  checkWorthiness: ["checkWorthiness"],
  assignee: ["assigneeId"],
  reviewer: ["reviewerId"],
  rating: ["ratingKey"],
  conclusion: ["conclusion"],
  rationale: ["rationale"],
} as const satisfies Record<string, readonly TFormField[]>;

export type TFieldGroup = keyof typeof FIELD_GROUPS;

const VERDICT_GROUPS: TFieldGroup[] = ["rating", "conclusion", "rationale"];

export function sheetToForm(sheet: TClaimSheet): TSheetForm {
  return {
    statement: sheet.statement,
    claimantName: sheet.claimant?.name ?? "",
    claimantKind: sheet.claimant?.kind ?? "",
    claimantRole: sheet.claimant?.role ?? "",
    claimDate: sheet.claimDate ?? "",
    appearances: sheet.appearances.filter((a) => !a.fromArticle).map((a) => a.url),
    tags: sheet.tags,
    checkWorthiness: sheet.checkWorthiness ?? "",
    assigneeId: sheet.assignee?.id ?? "",
    reviewerId: sheet.reviewer?.id ?? "",
    ratingKey: sheet.verdict.rating?.key ?? "",
    conclusion: sheet.verdict.conclusion ?? "",
    rationale: sheet.verdict.rationale ?? null,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

// An empty appearance row is not a change until a URL is typed into it.
const groupOf = (form: TSheetForm, group: TFieldGroup) =>
  FIELD_GROUPS[group].map((field) =>
    field === "appearances" ? form.appearances.filter((url) => url.trim() !== "") : form[field],
  );

/** The groups whose values differ between two forms. */
export function changedGroups(from: TSheetForm, to: TSheetForm): TFieldGroup[] {
  return (Object.keys(FIELD_GROUPS) as TFieldGroup[]).filter(
    (group) => !same(groupOf(from, group), groupOf(to, group)),
  );
}

const blankToNull = (value: string) => (value.trim() === "" ? null : value);

/** The PATCH /claims/{id} body (without version) for what changed in the sheet's own fields, or null. */
export function sheetPatch(base: TSheetForm, draft: TSheetForm): Record<string, unknown> | null {
  const body: Record<string, unknown> = {};
  for (const group of changedGroups(base, draft)) {
    if (group === "statement") body.statement = blankToNull(draft.statement);
    if (group === "claimant")
      body.claimant = draft.claimantName.trim()
        ? { name: draft.claimantName, kind: draft.claimantKind || "PERSON", role: blankToNull(draft.claimantRole) }
        : null;
    if (group === "claimDate") body.claimDate = blankToNull(draft.claimDate);
    if (group === "appearances") body.appearances = draft.appearances.filter((url) => url.trim() !== "");
    if (group === "tags") body.tags = draft.tags;
    if (group === "checkWorthiness") body.checkWorthiness = blankToNull(draft.checkWorthiness);
    if (group === "assignee") body.assigneeId = blankToNull(draft.assigneeId);
    if (group === "reviewer") body.reviewerId = blankToNull(draft.reviewerId);
  }
  return Object.keys(body).length > 0 ? body : null;
}

/** The PUT /claims/{id}/verdict body (without version) when the verdict changed, or null. */
export function verdictBody(base: TSheetForm, draft: TSheetForm): Record<string, unknown> | null {
  if (!changedGroups(base, draft).some((group) => VERDICT_GROUPS.includes(group))) return null;
  return {
    ratingKey: blankToNull(draft.ratingKey),
    conclusion: blankToNull(draft.conclusion),
    ...(draft.rationale ? { rationale: draft.rationale } : {}),
  };
}

export type TConflict = { group: TFieldGroup; mine: TSheetForm; theirs: TSheetForm };

/**
 * Three-way merge after a 409: `base` is what my draft started from, `theirs` the sheet as saved now.
 * A field only I changed keeps my value, one only they changed takes theirs, and one we both changed
 * differently is a conflict for the person to decide. Nothing typed is dropped silently.
 */
export function mergeForms(
  base: TSheetForm,
  mine: TSheetForm,
  theirs: TSheetForm,
): { merged: TSheetForm; conflicts: TFieldGroup[] } {
  const merged = { ...theirs };
  const conflicts: TFieldGroup[] = [];
  const theirChanges = new Set(changedGroups(base, theirs));
  for (const group of changedGroups(base, mine)) {
    const mineDiffersFromTheirs = !same(groupOf(mine, group), groupOf(theirs, group));
    if (theirChanges.has(group) && mineDiffersFromTheirs) conflicts.push(group);
    for (const field of FIELD_GROUPS[group]) Object.assign(merged, { [field]: mine[field] });
  }
  return { merged, conflicts };
}

/**
 * After my own save: for the groups I sent, the server's (tidied) values unless I have typed into them
 * since; everything else stays as I have it (a verdict not sent yet, fields still being typed).
 */
export function afterOwnSave(
  sent: { form: TSheetForm; groups: TFieldGroup[] },
  mine: TSheetForm,
  saved: TSheetForm,
): TSheetForm {
  const typedSince = new Set(changedGroups(sent.form, mine));
  let merged = mine;
  for (const group of sent.groups) if (!typedSince.has(group)) merged = pickGroup(merged, saved, group);
  return merged;
}

/** The groups each write sends: the sheet's own fields (PATCH) or the verdict (PUT). */
export const sentGroups = (base: TSheetForm, draft: TSheetForm, verdict: boolean) =>
  changedGroups(base, draft).filter((group) => VERDICT_GROUPS.includes(group) === verdict);

/** Takes one side's values for a group of fields. */
export function pickGroup(form: TSheetForm, from: TSheetForm, group: TFieldGroup): TSheetForm {
  const next = { ...form };
  for (const field of FIELD_GROUPS[group]) Object.assign(next, { [field]: from[field] });
  return next;
}
