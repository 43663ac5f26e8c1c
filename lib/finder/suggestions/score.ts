import { BIAS, WEIGHTS, type Reason, type ReasonKind } from "./reasons";

/** The logistic of the bias plus each kind's weight, each kind counted once however often it occurs. */
export function scoreReasons(reasons: readonly Reason[]): number {
  const kinds = new Set<ReasonKind>(reasons.map((reason) => reason.kind));
  let logit = BIAS;
  for (const kind of kinds) logit += WEIGHTS[kind];
  return 1 / (1 + Math.exp(-logit));
}
