import { assertCan, type Actor } from "@/lib/permissions/actor";
import { readClaimFacts } from "./claim-facts";
import { checkTransition, missingForSubmit, TRANSITIONS } from "./rules";

/**
 * What the actor may do with the claim now, each with the reason when not: the UI shows buttons from
 * this (the author sees no approve button) and the server checks the same rules again on POST.
 * Comments and correction notes are not known yet, so only the rules that do not depend on them count.
 */
export async function listTransitions(actor: Actor, claimId: string) {
  assertCan(actor, "readArticles");
  const { claim, facts } = await readClaimFacts(actor.workspaceId, claimId);
  const actions = TRANSITIONS.map((action) => {
    const refusal = checkTransition(actor, facts, action, "…");
    return {
      action,
      allowed: !refusal,
      ...(refusal && { code: refusal.code, reason: refusal.message, fields: refusal.fields }),
    };
  });
  return {
    status: claim.status,
    version: claim.version,
    missing: missingForSubmit(facts),
    commentRequired: { request_changes: true, publish: facts.publicationCount > 0, retract: true },
    actions,
  };
}
