import type { ClaimStatus, Role } from "@/lib/db/generated/enums";

// Who may do what to whose claim, in which state: the one table both permission-matrix tests check,
// the integration test through the data functions and the API test through HTTP (e2e/permission-matrix).
// The rules themselves live in lib/permissions (roles.ts, rules.ts) and lib/workflow/rules.ts.

export const ROLES: Role[] = ["ADMIN", "EDITOR", "FACT_CHECKER", "VIEWER"];
/** own: the actor wrote and checks the claim (or wrote the article, owns the token); teammate: someone else did. */
export type TTarget = "own" | "teammate" | "other";
export type TOutcome = "allow" | 403 | 404 | 409;
/** The claim's state; CORRECTING is a published claim back in review for a correction. */
export type TState = ClaimStatus | "CORRECTING";

type TRow = Record<Role, TOutcome>;
type TTargets = Partial<Record<TTarget, TRow>>;

const row = (ADMIN: TOutcome, EDITOR: TOutcome, FACT_CHECKER: TOutcome, VIEWER: TOutcome): TRow => ({
  ADMIN,
  EDITOR,
  FACT_CHECKER,
  VIEWER,
});
const ALL = row("allow", "allow", "allow", 403);
const REVIEWERS = row("allow", "allow", 403, 403);
const ADMINS = row("allow", 403, 403, 403);
const EVERYONE = row("allow", "allow", "allow", "allow");
const NOT_FOUND = row(404, 404, 404, 404);
const STATES: TState[] = [
  "DRAFT",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "PUBLISHED",
  "CORRECTING",
  "RETRACTED",
];
const PUBLISHED_ONCE: TState[] = ["PUBLISHED", "CORRECTING", "RETRACTED"];

/** Deleting: the author while DRAFT or CHANGES_REQUESTED, editors and admins until it is published; then nobody. */
function deleteIn(state: TState): TTargets {
  if (PUBLISHED_ONCE.includes(state))
    return { own: row(409, 409, 409, 403), teammate: row(409, 409, 403, 403), other: NOT_FOUND };
  const authorMay = state === "DRAFT" || state === "CHANGES_REQUESTED";
  return { own: authorMay ? ALL : REVIEWERS, teammate: REVIEWERS, other: NOT_FOUND };
}

/** Retracting: editors and admins who are not the claim's checker, once it was published; never twice. */
function retractIn(state: TState): TTargets {
  if (state === "PUBLISHED" || state === "CORRECTING")
    return { own: row(403, 403, 403, 403), teammate: REVIEWERS, other: NOT_FOUND };
  const refused = row(409, 409, 403, 403);
  return { own: refused, teammate: refused, other: NOT_FOUND };
}

const byState = <A extends string>(action: A, outcome: (state: TState) => TTargets) =>
  Object.fromEntries(STATES.map((state) => [`${action}@${state}`, outcome(state)])) as Record<
    `${A}@${TState}`,
    TTargets
  >;

/** Expected outcome per action (`action@STATE` where the state matters) × target × role. */
export const MATRIX = {
  submit: { own: ALL, teammate: ALL, other: NOT_FOUND },
  request_changes: { own: REVIEWERS, teammate: REVIEWERS, other: NOT_FOUND },
  // Four eyes: nobody approves their own claim.
  approve: { own: row(403, 403, 403, 403), teammate: REVIEWERS, other: NOT_FOUND },
  publish: { own: REVIEWERS, teammate: REVIEWERS, other: NOT_FOUND },
  // A checker may take their own claim back from review, not a teammate's.
  reopen: { own: ALL, teammate: REVIEWERS, other: NOT_FOUND },
  ...byState("retract", retractIn),
  ...byState("delete", deleteIn),
  edit_sheet: { own: ALL, teammate: ALL, other: NOT_FOUND },
  // A retracted claim's record is closed.
  "edit_sheet@RETRACTED": { own: row(409, 409, 409, 403), teammate: row(409, 409, 409, 403), other: NOT_FOUND },
  add_source: { own: ALL, teammate: ALL, other: NOT_FOUND },
  set_verdict: { own: ALL, teammate: ALL, other: NOT_FOUND },
  // Choosing someone else as the checker is for editors and admins.
  assign: { own: REVIEWERS, teammate: REVIEWERS, other: NOT_FOUND },
  // Moving a claim to other words: its author or checker, editors and admins.
  move: { own: ALL, teammate: REVIEWERS, other: NOT_FOUND },
  comment: { own: ALL, teammate: ALL, other: NOT_FOUND },
  // The article's text: its author, editors and admins.
  edit_text: { own: ALL, teammate: REVIEWERS, other: NOT_FOUND },
  create_token: { own: EVERYONE },
  // Someone else's token is not found, except for admins (who may revoke any token of the workspace).
  revoke_token: { own: EVERYONE, teammate: row("allow", 404, 404, 404), other: NOT_FOUND },
  list_members: { own: EVERYONE },
  invite_member: { own: ADMINS },
  // "own": your own role; the only admin cannot demote themselves (409), others cannot promote themselves.
  change_role: { own: row(409, 403, 403, 403), teammate: ADMINS, other: NOT_FOUND },
  remove_member: { own: row(409, 403, 403, 403), teammate: ADMINS, other: NOT_FOUND },
  edit_rating_scale: { own: ADMINS },
} satisfies Record<string, TTargets>;

export type TMatrixAction = keyof typeof MATRIX;
/** The action without its state: what the request does. */
type Base<T> = T extends `${infer A}@${string}` ? A : T;
export type TBaseAction = Base<TMatrixAction>;

export function splitAction(action: TMatrixAction): { base: TBaseAction; state?: TState } {
  const [base, state] = action.split("@");
  return { base: base as TBaseAction, state: state as TState | undefined };
}

export const CELLS = (Object.entries(MATRIX) as [TMatrixAction, TTargets][]).flatMap(([action, targets]) =>
  (Object.entries(targets) as [TTarget, TRow][]).flatMap(([target, outcomes]) =>
    ROLES.map((role) => ({ action, target, role, expected: outcomes[role] })),
  ),
);
