import type { Role } from "@/lib/db/generated/enums";

// What each role may do in its workspace. Checks that depend on the resource
// (e.g. "not your own claim") live beside the data function that needs them.
const ABILITIES = {
  readArticles: ["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"],
  createArticles: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  editAnyArticle: ["ADMIN", "EDITOR"],
  createClaims: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  deleteAnyClaim: ["ADMIN", "EDITOR"],
  editClaimSheets: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  // The review workflow (lib/workflow): checkers submit, editors and admins review and publish.
  submitClaims: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  reviewClaims: ["ADMIN", "EDITOR"],
  publishClaims: ["ADMIN", "EDITOR"],
  reopenAnyClaim: ["ADMIN", "EDITOR"],
  writeComments: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  manageMembers: ["ADMIN"],
  manageRatingScale: ["ADMIN"],
  manageReportSettings: ["ADMIN"],
  manageWebhooks: ["ADMIN"],
  manageFinder: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof ABILITIES;

export function roleCan(role: Role, ability: Ability): boolean {
  return (ABILITIES[ability] as readonly Role[]).includes(role);
}

/** The roles that have an ability (e.g. who to tell that a review is waiting). */
export function rolesThatCan(ability: Ability): Role[] {
  return [...ABILITIES[ability]];
}
