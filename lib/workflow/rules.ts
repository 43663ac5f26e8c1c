import type { ClaimStatus } from "@/lib/db/generated/enums";
import type { FieldErrors } from "@/lib/errors";
import { errorText, type TErrorText } from "@/lib/i18n/error-text";
import type { Actor } from "@/lib/permissions/actor";
import { isCheckerOf } from "@/lib/permissions/rules";
import { roleCan, type Ability } from "@/lib/permissions/roles";

export const TRANSITIONS = ["submit", "request_changes", "approve", "publish", "reopen", "retract"] as const;
export type TTransition = (typeof TRANSITIONS)[number];

// DRAFT → IN_REVIEW → (CHANGES_REQUESTED → IN_REVIEW)* → APPROVED → PUBLISHED; reopen goes back to DRAFT.
// A claim published once is retracted (never deleted) from wherever it is now; RETRACTED is final.
const NOT_RETRACTED: ClaimStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED"];
export const RULES: Record<TTransition, { from: ClaimStatus[]; to: ClaimStatus; ability: Ability }> = {
  submit: { from: ["DRAFT", "CHANGES_REQUESTED"], to: "IN_REVIEW", ability: "submitClaims" },
  request_changes: { from: ["IN_REVIEW"], to: "CHANGES_REQUESTED", ability: "reviewClaims" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED", ability: "reviewClaims" },
  publish: { from: ["APPROVED"], to: "PUBLISHED", ability: "publishClaims" },
  reopen: { from: ["IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED"], to: "DRAFT", ability: "submitClaims" },
  retract: { from: NOT_RETRACTED, to: "RETRACTED", ability: "retractClaims" },
};

// The message for a role that lacks the transition's ability.
const ROLE_REFUSAL = {
  submit: "cannotSubmit",
  request_changes: "cannotReview",
  approve: "cannotReview",
  publish: "cannotPublish",
  reopen: "cannotSubmit",
  retract: "cannotRetract",
} as const satisfies Record<TTransition, string>;

/** What the rules look at, read at one version of the claim. */
export type TClaimFacts = {
  status: ClaimStatus;
  createdById: string;
  assigneeId: string | null;
  submittedById: string | null;
  statement: string | null;
  ratingId: string | null;
  conclusion: string | null;
  sourceCount: number;
  publicationCount: number;
  // Whoever changed the published content (statement, claimant, sources, verdict…) since the round began.
  editorsSinceSubmission: string[];
};

export type TRefusal = {
  code: "forbidden" | "conflict" | "validation_failed";
  message: TErrorText;
  fields?: FieldErrors;
};

/** The claim's authors: who wrote it, who is assigned to check it, who submitted it. */
export const authorsOf = (claim: TClaimFacts) =>
  [claim.createdById, claim.assigneeId, claim.submittedById].filter(Boolean) as string[];

/** Submitting needs a statement in the checker's words, a rating, a conclusion and a source. */
export function missingForSubmit(claim: TClaimFacts): FieldErrors {
  const missing: FieldErrors = {};
  if (!claim.statement?.trim()) missing.statement = errorText("submitNeedsStatement");
  if (!claim.ratingId) missing.verdict = errorText("submitNeedsVerdict");
  if (!claim.conclusion?.trim()) missing.conclusion = errorText("submitNeedsConclusion");
  if (claim.sourceCount === 0) missing.sources = errorText("submitNeedsSource");
  return missing;
}

function refusal(code: TRefusal["code"], message: TErrorText, fields?: FieldErrors): TRefusal {
  return fields ? { code, message, fields } : { code, message };
}

/** Who may do what, in which state: null when allowed, else why not (403 / 409 / 422). */
export function checkTransition(
  actor: Actor,
  claim: TClaimFacts,
  action: TTransition,
  comment?: string,
): TRefusal | null {
  const rule = RULES[action];
  if (!roleCan(actor.role, rule.ability)) return refusal("forbidden", errorText(ROLE_REFUSAL[action]));
  if (!rule.from.includes(claim.status))
    return refusal("conflict", errorText("wrongState", { action, status: claim.status, from: rule.from.join(", ") }));
  if (action === "approve") {
    if (authorsOf(claim).includes(actor.userId)) return refusal("forbidden", errorText("approveOwn"));
    if (claim.editorsSinceSubmission.includes(actor.userId)) return refusal("forbidden", errorText("approveEdited"));
  }
  if (action === "reopen" && !roleCan(actor.role, "reopenAnyClaim")) {
    if (claim.status === "APPROVED" || claim.status === "PUBLISHED")
      return refusal("forbidden", errorText("cannotReopen"));
    if (!authorsOf(claim).includes(actor.userId)) return refusal("forbidden", errorText("reopenNotYours"));
  }
  if (action === "submit") {
    const missing = missingForSubmit(claim);
    if (Object.keys(missing).length > 0) return refusal("validation_failed", errorText("submitMissing"), missing);
  }
  if (action === "request_changes" && !comment)
    return refusal("validation_failed", errorText("fieldsNeedFixing"), { comment: errorText("requestChangesComment") });
  if (action === "publish" && claim.publicationCount > 0 && !comment) {
    return refusal("validation_failed", errorText("fieldsNeedFixing"), { comment: errorText("correctionNote") });
  }
  if (action === "retract") {
    if (claim.publicationCount === 0) return refusal("conflict", errorText("retractNeverPublished"));
    if (isCheckerOf(actor, claim)) return refusal("forbidden", errorText("retractOwnCheck"));
    if (!comment)
      return refusal("validation_failed", errorText("fieldsNeedFixing"), { comment: errorText("retractionNote") });
  }
  return null;
}
