import type { ClaimStatus, Role } from "@/lib/db/generated/enums";
import type { ErrorKey } from "@/lib/i18n/error-text";
import { roleCan } from "./roles";

// Who may do what to one claim or article, as pure functions of the person and the resource: data
// functions enforce them, pages and components use them to offer only what will succeed. No database
// and no server imports, so client components import this file too.

/** The person acting: an Actor, or the signed-in member as a page passes them to the browser. */
export type TWho = { userId: string; role: Role };

/** What the claim rules look at (a Claim row, or a claim as the API lists it). */
export type TClaimRef = {
  status: ClaimStatus;
  createdById: string;
  assigneeId: string | null;
  firstPublished: Date | string | null;
};

/** Why not: 403 (not yours to do) or 409 (not in this state), with the message key to say so. */
export type TRefusal = { code: "forbidden" | "conflict"; key: ErrorKey };

const refuse = (code: TRefusal["code"], key: ErrorKey): TRefusal => ({ code, key });

/** A claim that was published once stays on the record: it is retracted, never deleted. */
export const wasPublished = (claim: Pick<TClaimRef, "firstPublished">) => Boolean(claim.firstPublished);

/** Its checker (assignee), or the person who wrote it while nobody is assigned. */
export const isCheckerOf = (who: TWho, claim: Pick<TClaimRef, "createdById" | "assigneeId">) =>
  (claim.assigneeId ?? claim.createdById) === who.userId;

// The author may delete their claim only while it is theirs to work on.
const AUTHOR_MAY_DELETE: ClaimStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

/**
 * Deleting is for claims never published: the author while DRAFT or CHANGES_REQUESTED, editors and
 * admins in any unpublished state. A claim published once is refused to everyone (409).
 */
export function deleteRefusal(who: TWho, claim: TClaimRef): TRefusal | null {
  const anyClaim = roleCan(who.role, "deleteAnyClaim");
  const author = roleCan(who.role, "createClaims") && claim.createdById === who.userId;
  if (!anyClaim && !author) return refuse("forbidden", "cannotDeleteClaim");
  if (wasPublished(claim)) return refuse("conflict", "deletePublished");
  if (!anyClaim && !AUTHOR_MAY_DELETE.includes(claim.status)) return refuse("forbidden", "deleteInReview");
  return null;
}

/** Moving a claim to other words: editors and admins, or its author or checker; never a retracted one. */
export function moveRefusal(who: TWho, claim: TClaimRef): TRefusal | null {
  const own = claim.createdById === who.userId || claim.assigneeId === who.userId;
  if (!roleCan(who.role, "moveAnyClaim") && !(roleCan(who.role, "createClaims") && own))
    return refuse("forbidden", "cannotMoveClaim");
  if (claim.status === "RETRACTED") return refuse("conflict", "claimRetracted");
  return null;
}

/** Editing a claim's sheet (fields, sources, verdict): anyone who checks, never on a retracted claim. */
export function editSheetRefusal(who: TWho, claim: Pick<TClaimRef, "status">): TRefusal | null {
  if (!roleCan(who.role, "editClaimSheets")) return refuse("forbidden", "cannotEditClaimSheets");
  if (claim.status === "RETRACTED") return refuse("conflict", "claimRetracted");
  return null;
}

/**
 * Choosing a claim's checker: editors and admins assign anyone who may check; a checker may take an
 * unassigned claim or give up their own, nothing else.
 */
export function assignRefusal(who: TWho, claim: Pick<TClaimRef, "assigneeId">, to: string | null): TRefusal | null {
  if (roleCan(who.role, "assignClaims")) return null;
  const takes = to === who.userId && (claim.assigneeId === null || claim.assigneeId === who.userId);
  const givesUp = to === null && claim.assigneeId === who.userId;
  return roleCan(who.role, "checkClaims") && (takes || givesUp) ? null : refuse("forbidden", "cannotAssign");
}

/** Who may be made a claim's checker (the assignee pickers list only them). */
export const mayCheck = (role: Role) => roleCan(role, "checkClaims");

/** Who may be named a claim's reviewer. */
export const mayReview = (role: Role) => roleCan(role, "reviewClaims");

/** Editing an article's text: editors and admins, or its author while they may still add articles. */
export function canEditArticle(who: TWho, article: { createdById: string }) {
  return (
    roleCan(who.role, "editAnyArticle") || (roleCan(who.role, "createArticles") && article.createdById === who.userId)
  );
}

/** Revoking an API token: your own, or (admins) anyone's in the workspace. */
export const canRevokeToken = (who: TWho, token: { userId: string }) =>
  token.userId === who.userId || roleCan(who.role, "revokeAnyToken");
