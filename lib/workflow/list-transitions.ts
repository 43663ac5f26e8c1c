import type { FieldErrors } from "@/lib/errors";
import { localizeErrorText } from "@/lib/i18n/error-text";
import type { Locale } from "@/lib/i18n/locales";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { readClaimFacts } from "./claim-facts";
import { checkTransition, missingForSubmit, TRANSITIONS } from "./rules";

/**
 * What the actor may do with the claim now, each with the reason when not: the UI shows buttons from
 * this (the author sees no approve button) and the server checks the same rules again on POST.
 * Comments and correction notes are not known yet, so only the rules that do not depend on them count.
 * Reasons come in `locale`, the caller's language.
 */
export async function listTransitions(actor: Actor, claimId: string, locale: Locale = "en") {
  const say = (fields?: FieldErrors) =>
    fields && Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, localizeErrorText(v, locale)]));
  assertCan(actor, "readArticles");
  const { claim, facts } = await readClaimFacts(actor.workspaceId, claimId);
  const actions = TRANSITIONS.map((action) => {
    const refusal = checkTransition(actor, facts, action, "…");
    return {
      action,
      allowed: !refusal,
      ...(refusal && {
        code: refusal.code,
        reason: localizeErrorText(refusal.message, locale),
        fields: say(refusal.fields),
      }),
    };
  });
  return {
    status: claim.status,
    version: claim.version,
    missing: say(missingForSubmit(facts)),
    commentRequired: { request_changes: true, publish: facts.publicationCount > 0, retract: true },
    actions,
  };
}
