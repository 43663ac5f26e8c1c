import { diffWords } from "diff";
import { richTextToPlain } from "@/lib/rich-text/plain-text";

// A history entry (GET /claims/{id}/history) as a sentence in the reader's language: who did what, and
// each change in words (field labels and values translated, ratings by label, people by name, the quoted
// words before → after, rich text as a word diff). Pure: the History tab renders with it, and the
// integration test checks every audit action in both languages with it.

/** A translator over the whole catalogue (next-intl's useTranslations() / createTranslator without namespace). */
export type TTranslate = (key: string, values?: Record<string, string | number>) => string;

type TPerson = { id: string; name: string | null } | null;
export type THistoryChange = {
  field: string;
  before: unknown;
  after: unknown;
  summary?: { added: string[]; removed: string[]; edited: string[]; reordered: boolean };
};
export type THistoryEntry = { id: string; at: string; action: string; actor: TPerson; changes: THistoryChange[] };
export type TRatingNames = Record<string, { labelAr: string; labelEn: string }>;

export type TDiffPart = { op: "same" | "added" | "removed"; text: string };
/** One change under the sentence: a label and either before → after, a text, or a word diff. */
export type THistoryLine = { label: string; before?: string; after?: string; text?: string; diff?: TDiffPart[] };

type TContext = { t: TTranslate; locale: string; ratings: TRatingNames };

// Audit action → sentence key (history.sentences.*): dots cannot be in message keys.
const SENTENCES: Record<string, string> = {
  "claim.created": "claimCreated",
  "claim.deleted": "claimDeleted",
  "claim.reattached": "claimReattached",
  "claim.orphaned": "claimOrphaned",
  "claim.reanchored": "claimReanchored",
  "sheet.updated": "sheetUpdated",
  "workflow.submit": "submit",
  "workflow.request_changes": "requestChanges",
  "workflow.approve": "approve",
  "workflow.publish": "publish",
  "workflow.reopen": "reopen",
  "workflow.retract": "retract",
  "workflow.approval_dismissed": "approvalDismissed",
  "workflow.correction_started": "correctionStarted",
  "comment.created": "commentCreated",
  "comment.edited": "commentEdited",
  "comment.resolved": "commentResolved",
  "comment.reopened": "commentReopened",
};

const SHEET_ORDER = [
  "statement",
  "claimant",
  "claimDate",
  "appearances",
  "tags",
  "checkWorthiness",
  "assigneeId",
  "reviewerId",
  "verdict",
  "sources",
];

const obj = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const str = (value: unknown) => (typeof value === "string" ? value : "");
const quoteOf = (selector: unknown) => str(obj(selector).exact);
const list = (items: string[], locale: string) => new Intl.ListFormat(locale, { type: "conjunction" }).format(items);

/** A plain value in words: empty as "none", enums by their label, dates in the reader's calendar. */
function valueText(field: string, value: unknown, { t, locale, ratings }: TContext): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0))
    return t("history.values.none");
  if (field === "assigneeId" || field === "reviewerId") return (value as TPerson)?.name ?? t("history.formerMember");
  if (field === "checkWorthiness") return t(`sheet.worthiness.${str(value)}`);
  if (field === "ratingKey") {
    const rating = ratings[str(value)];
    return rating ? (locale === "ar" ? rating.labelAr : rating.labelEn) : str(value);
  }
  if (field === "claimDate")
    return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${str(value)}T00:00:00Z`),
    );
  if (field === "claimant") {
    const claimant = obj(value);
    const kind = claimant.kind ? t(`sheet.claimantKinds.${str(claimant.kind)}`) : null;
    return [str(claimant.name), kind, str(claimant.role)].filter(Boolean).join("، ");
  }
  if (Array.isArray(value)) return list(value.map(String), locale);
  return String(value);
}

/** Added and removed items of a list field (appearances, tags). */
function listLine(label: string, before: unknown, after: unknown, ctx: TContext): THistoryLine {
  const old = Array.isArray(before) ? before.map(String) : [];
  const now = Array.isArray(after) ? after.map(String) : [];
  const added = now.filter((x) => !old.includes(x));
  const removed = old.filter((x) => !now.includes(x));
  const parts = [
    ...(added.length ? [ctx.t("history.listAdded", { items: list(added, ctx.locale) })] : []),
    ...(removed.length ? [ctx.t("history.listRemoved", { items: list(removed, ctx.locale) })] : []),
  ];
  return { label, text: parts.length ? parts.join("؛ ") : ctx.t("history.listReordered") };
}

/** Rich text (the rationale) as the words added and removed. */
function richLine(label: string, before: unknown, after: unknown): THistoryLine {
  const plain = (value: unknown) => (value ? richTextToPlain(value as never) : "");
  const diff = diffWords(plain(before), plain(after)).map((part) => ({
    op: part.added ? ("added" as const) : part.removed ? ("removed" as const) : ("same" as const),
    text: part.value,
  }));
  return { label, diff };
}

function sourcesLine(label: string, summary: NonNullable<THistoryChange["summary"]>, { t }: TContext): THistoryLine {
  const parts = [
    ...summary.added.map((title) => t("history.sourceAdded", { title })),
    ...summary.removed.map((title) => t("history.sourceRemoved", { title })),
    ...summary.edited.map((title) => t("history.sourceEdited", { title })),
    ...(summary.reordered ? [t("history.sourcesReordered")] : []),
  ];
  return { label, text: parts.join("؛ ") };
}

/** The lines of one changed sheet field (the verdict splits into rating, conclusion and rationale). */
function fieldLines(change: THistoryChange, ctx: TContext): THistoryLine[] {
  const label = (field: string) => ctx.t(`history.labels.${field}`);
  const { field, before, after } = change;
  if (field === "sources" && change.summary) return [sourcesLine(label(field), change.summary, ctx)];
  if (field === "appearances" || field === "tags") return [listLine(label(field), before, after, ctx)];
  if (field === "verdict") {
    const [old, now] = [obj(before), obj(after)];
    const lines: THistoryLine[] = [];
    for (const part of ["ratingKey", "conclusion"])
      if (JSON.stringify(old[part] ?? null) !== JSON.stringify(now[part] ?? null))
        lines.push({
          label: label(part),
          before: valueText(part, old[part], ctx),
          after: valueText(part, now[part], ctx),
        });
    if (JSON.stringify(old.rationale ?? null) !== JSON.stringify(now.rationale ?? null))
      lines.push(richLine(label("rationale"), old.rationale, now.rationale));
    return lines;
  }
  return [{ label: label(field), before: valueText(field, before, ctx), after: valueText(field, after, ctx) }];
}

/** The fields an entry changed, as words for the sentence ("the statement and the sources"). */
function fieldsText(fields: unknown, ctx: TContext) {
  const sorted = (Array.isArray(fields) ? fields.map(String) : []).sort(
    (a, b) => SHEET_ORDER.indexOf(a) - SHEET_ORDER.indexOf(b),
  );
  const names = sorted.map((f) => ctx.t(`history.fields.${f}`));
  return list(names, ctx.locale);
}

/** The sentence and the lines under it for one entry, in the translator's language. */
export function describeHistoryEntry(entry: THistoryEntry, ctx: TContext): { sentence: string; lines: THistoryLine[] } {
  const { t } = ctx;
  const actor = entry.actor?.name ?? t("history.formerMember");
  const change = (field: string) => entry.changes.find((c) => c.field === field);
  const after = (field: string) => change(field)?.after;
  const key = SENTENCES[entry.action] ?? "unknown";
  const lines: THistoryLine[] = [];
  const values: Record<string, string | number> = { actor };
  switch (entry.action) {
    case "claim.created":
      values.quote = quoteOf(after("selector"));
      break;
    case "claim.orphaned": {
      // The reason is stored as a key of claims.orphanReasons with its numbers (lib/anchoring/orphan-reason.ts).
      const reason = obj(after("orphanReason"));
      if (typeof reason.key === "string")
        lines.push({
          label: t("history.labels.reason"),
          text: t(`claims.orphanReasons.${reason.key}`, obj(reason.params) as Record<string, number>),
        });
      break;
    }
    case "claim.reattached":
      lines.push({
        label: t("history.labels.anchor"),
        before: quoteOf(change("selector")?.before),
        after: quoteOf(after("selector")),
      });
      break;
    case "sheet.updated": {
      // In the sheet's order (stored JSON keeps no order of its own).
      const changes = [...entry.changes].sort((a, b) => SHEET_ORDER.indexOf(a.field) - SHEET_ORDER.indexOf(b.field));
      values.fields = fieldsText(
        changes.map((c) => c.field),
        ctx,
      );
      lines.push(...changes.flatMap((c) => fieldLines(c, ctx)));
      break;
    }
    case "workflow.request_changes":
      if (after("comment")) lines.push({ label: t("history.labels.comment"), text: str(after("comment")) });
      break;
    case "workflow.publish": {
      const n = Number(after("publication") ?? 1);
      if (n > 1) {
        values.n = n;
        lines.push({
          label: t("history.labels.note"),
          text: t("history.log.correction", { n, note: str(after("comment")) }),
        });
        return { sentence: t("history.sentences.publishCorrection", values), lines };
      }
      break;
    }
    case "workflow.retract":
      lines.push({
        label: t("history.labels.note"),
        text: t("history.log.retraction", { note: str(after("comment")) }),
      });
      break;
    case "workflow.approval_dismissed":
    case "workflow.correction_started":
      values.fields = fieldsText(after("fields"), ctx);
      break;
    case "comment.created":
      if (after("parentId"))
        return { sentence: t("history.sentences.commentReplied", values), lines: bodyLine(entry, ctx) };
      lines.push(...bodyLine(entry, ctx));
      break;
    case "comment.edited":
      lines.push(richLine(t("history.labels.comment"), textDoc(change("body")?.before), textDoc(after("body"))));
      break;
  }
  return { sentence: t(`history.sentences.${key}`, values), lines };
}

const bodyLine = (entry: THistoryEntry, { t }: TContext): THistoryLine[] => {
  const body = str(entry.changes.find((c) => c.field === "body")?.after);
  return body ? [{ label: t("history.labels.comment"), text: body }] : [];
};

// Plain comment text in the shape richTextToPlain reads, so comments and rationales diff alike.
const textDoc = (text: unknown) =>
  typeof text === "string" && text
    ? { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] }
    : null;
