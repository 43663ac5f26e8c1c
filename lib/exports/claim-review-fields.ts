// The ClaimReview fields Google and the IFCN ask for (required: claimReviewed, reviewRating.alternateName,
// url; the rest recommended). Sanad treats them all as needed and lists what a review lacks.

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const filled = (v: unknown) =>
  typeof v === "string"
    ? v.trim().length > 0
    : typeof v === "number"
      ? Number.isFinite(v)
      : isObject(v) || Array.isArray(v);
const isHttp = (v: unknown) => typeof v === "string" && /^https?:\/\//.test(v) && URL.canParse(v);
const isDate = (v: unknown) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v);

const get = (root: unknown, path: string) =>
  path.split(".").reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), root);

const CHECKS: [string, (v: unknown) => boolean][] = [
  ["@type", (v) => v === "ClaimReview"],
  ["url", isHttp],
  ["claimReviewed", filled],
  ["reviewRating.alternateName", filled],
  ["reviewRating.name", filled],
  ["reviewRating.ratingValue", filled],
  ["reviewRating.bestRating", filled],
  ["reviewRating.worstRating", filled],
  ["reviewRating.ratingExplanation", filled],
  ["author.@type", (v) => v === "Organization"],
  ["author.name", filled],
  ["datePublished", isDate],
  ["inLanguage", filled],
  ["itemReviewed.@type", (v) => v === "Claim"],
  ["itemReviewed.author.@type", (v) => v === "Person" || v === "Organization"],
  ["itemReviewed.author.name", filled],
  ["itemReviewed.datePublished", isDate],
  ["itemReviewed.appearance", (v) => Array.isArray(v) && v.length > 0 && v.every((w) => isHttp(get(w, "url")))],
  ["itemReviewed.firstAppearance.url", isHttp],
];

/** The paths of the required and recommended fields that are missing or malformed; [] when complete. */
export function missingClaimReviewFields(review: unknown): string[] {
  return CHECKS.filter(([path, ok]) => !ok(get(review, path))).map(([path]) => path);
}
