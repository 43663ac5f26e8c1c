import type { Role } from "@/lib/db/generated/enums";

// What each role may do in its workspace. Rules that also look at the resource (whose claim, which
// state) are in lib/permissions/rules.ts; the review workflow's table is lib/workflow/rules.ts.
const ABILITIES = {
  readArticles: ["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"],
  createArticles: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  editAnyArticle: ["ADMIN", "EDITOR"],
  createClaims: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  deleteAnyClaim: ["ADMIN", "EDITOR"],
  moveAnyClaim: ["ADMIN", "EDITOR"],
  editClaimSheets: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  // Who may be a claim's checker, and who hands claims to checkers.
  checkClaims: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  assignClaims: ["ADMIN", "EDITOR"],
  // The review workflow (lib/workflow): checkers submit, editors and admins review, publish and retract.
  submitClaims: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  reviewClaims: ["ADMIN", "EDITOR"],
  publishClaims: ["ADMIN", "EDITOR"],
  retractClaims: ["ADMIN", "EDITOR"],
  reopenAnyClaim: ["ADMIN", "EDITOR"],
  writeComments: ["ADMIN", "EDITOR", "FACT_CHECKER"],
  manageMembers: ["ADMIN"],
  revokeAnyToken: ["ADMIN"],
  manageRatingScale: ["ADMIN"],
  manageReportSettings: ["ADMIN"],
  manageWebhooks: ["ADMIN"],
  manageFinder: ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Ability = keyof typeof ABILITIES;

export function roleCan(role: Role, ability: Ability): boolean {
  return (ABILITIES[ability] as readonly Role[]).includes(role);
}

/** The roles that have an ability (e.g. who is told that a review is waiting). */
export function rolesThatCan(ability: Ability): Role[] {
  return [...ABILITIES[ability]];
}
