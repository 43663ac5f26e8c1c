import type { Role } from "@/lib/db/generated/enums";
import { forbidden } from "@/lib/errors";
import { roleCan, type Ability } from "./roles";

/** The signed-in user acting inside one workspace: every data function takes one. */
export type Actor = { userId: string; workspaceId: string; role: Role };

const REFUSALS: Record<Ability, string> = {
  readArticles: "Your role cannot read this workspace's articles.",
  createArticles: "Viewers cannot add articles. Ask an admin for the fact-checker role.",
  editAnyArticle: "Only editors, admins and the article's author can edit its text.",
  createClaims: "Viewers cannot add claims. Ask an admin for the fact-checker role.",
  deleteAnyClaim: "Only the claim's author, editors and admins can delete a claim.",
  editClaimSheets: "Viewers cannot edit claims, sources or verdicts. Ask an admin for the fact-checker role.",
  manageMembers: "Only admins can manage members.",
  manageRatingScale: "Only admins can change the rating scale.",
  manageReportSettings: "Only admins can change how reports present the organisation.",
};

export function assertCan(actor: Actor, ability: Ability): void {
  if (!roleCan(actor.role, ability)) throw forbidden(REFUSALS[ability]);
}
