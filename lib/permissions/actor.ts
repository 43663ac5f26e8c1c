import type { Role } from "@/lib/db/generated/enums";
import { forbidden } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { roleCan, type Ability } from "./roles";

/**
 * The signed-in user acting inside one workspace: every data function takes one.
 * `tokenId` is set when the request came with a personal API token instead of a session.
 */
export type Actor = { userId: string; workspaceId: string; role: Role; tokenId?: string };

const REFUSALS: Record<Ability, Parameters<typeof errorText>[0]> = {
  readArticles: "cannotReadArticles",
  createArticles: "cannotCreateArticles",
  editAnyArticle: "cannotEditArticle",
  createClaims: "cannotCreateClaims",
  deleteAnyClaim: "cannotDeleteClaim",
  editClaimSheets: "cannotEditClaimSheets",
  submitClaims: "cannotSubmit",
  reviewClaims: "cannotReview",
  publishClaims: "cannotPublish",
  reopenAnyClaim: "cannotReopen",
  writeComments: "cannotComment",
  manageMembers: "cannotManageMembers",
  manageRatingScale: "cannotManageRatingScale",
  manageReportSettings: "cannotManageReportSettings",
  manageWebhooks: "cannotManageWebhooks",
  manageFinder: "cannotManageFinder",
};

export function assertCan(actor: Actor, ability: Ability): void {
  if (!roleCan(actor.role, ability)) throw forbidden(errorText(REFUSALS[ability]));
}
