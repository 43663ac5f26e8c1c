import type { ClaimAudit } from "@/lib/db/generated/client";
import type { THistoryChange } from "./history-sentences";

type TPerson = { id: string; name: string | null } | null;
type TSource = { id: string; title: string; url: string };
type TJson = Record<string, unknown>;

const PEOPLE_FIELDS = ["assigneeId", "reviewerId"];
const asObject = (value: unknown): TJson =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as TJson) : {};

/** The user ids an entry names besides its actor (a new checker or reviewer), to look their names up. */
export function userIdsIn(row: ClaimAudit): string[] {
  return [asObject(row.before), asObject(row.after)].flatMap((side) =>
    PEOPLE_FIELDS.map((field) => side[field]).filter((v): v is string => typeof v === "string"),
  );
}

/** Sources added, removed, edited and whether the order changed, by title: what a timeline shows. */
function summarizeSources(before: TSource[] = [], after: TSource[] = []) {
  const old = new Map(before.map((s) => [s.id, s]));
  const now = new Map(after.map((s) => [s.id, s]));
  const kept = after.filter((s) => old.has(s.id));
  return {
    added: after.filter((s) => !old.has(s.id)).map((s) => s.title),
    removed: before.filter((s) => !now.has(s.id)).map((s) => s.title),
    edited: kept.filter((s) => JSON.stringify(s) !== JSON.stringify(old.get(s.id))).map((s) => s.title),
    reordered:
      kept.map((s) => s.id).join() !==
      before
        .filter((s) => now.has(s.id))
        .map((s) => s.id)
        .join(),
  };
}

/** One readable change per field: `{field, before, after}`, people as {id, name}, sources also summarized. */
export function describeEntry(row: ClaimAudit, person: (id: string | null) => TPerson) {
  const before = asObject(row.before);
  const after = asObject(row.after);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changes = fields.map((field) => {
    const change: THistoryChange = { field, before: before[field] ?? null, after: after[field] ?? null };
    if (PEOPLE_FIELDS.includes(field))
      Object.assign(change, {
        before: person(before[field] as string | null),
        after: person(after[field] as string | null),
      });
    if (field === "sources") change.summary = summarizeSources(before.sources as TSource[], after.sources as TSource[]);
    return change;
  });
  return { changes };
}
