import type { Role } from "@/lib/db/generated/enums";
import { AppError, forbidden } from "@/lib/errors";
import { errorText, type ErrorKey } from "@/lib/i18n/error-text";
import type { TRefusal } from "./rules";
import { roleCan, type Ability } from "./roles";

/**
 * The signed-in user acting inside one workspace: every data function takes one.
 * `tokenId` is set when the request came with a personal API token instead of a session.
 */
export type Actor = { userId: string; workspaceId: string; role: Role; tokenId?: string };

const REFUSALS: Record<Ability, ErrorKey> = {
  readArticles: "cannotReadArticles",
  createArticles: "cannotCreateArticles",
  editAnyArticle: "cannotEditArticle",
  createClaims: "cannotCreateClaims",
  deleteAnyClaim: "cannotDeleteClaim",
  moveAnyClaim: "cannotMoveClaim",
  editClaimSheets: "cannotEditClaimSheets",
  checkClaims: "assigneeCannotCheck",
  assignClaims: "cannotAssign",
  submitClaims: "cannotSubmit",
  reviewClaims: "cannotReview",
  publishClaims: "cannotPublish",
  retractClaims: "cannotRetract",
  reopenAnyClaim: "cannotReopen",
  writeComments: "cannotComment",
  manageMembers: "cannotManageMembers",
  revokeAnyToken: "cannotManageMembers",
  manageRatingScale: "cannotManageRatingScale",
  manageReportSettings: "cannotManageReportSettings",
  manageWebhooks: "cannotManageWebhooks",
  manageFinder: "cannotManageFinder",
};

export function assertCan(actor: Actor, ability: Ability): void {
  if (!roleCan(actor.role, ability)) throw forbidden(errorText(REFUSALS[ability]));
}

/** Throws a rule's refusal (lib/permissions/rules.ts) as the API error it stands for. */
export function assertAllowed(refusal: TRefusal | null): void {
  if (refusal) throw new AppError(refusal.code, errorText(refusal.key));
}
