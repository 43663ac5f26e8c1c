import { apiRoute } from "@/lib/api/handler";
import { getRatingScale } from "@/lib/ratings/get-rating-scale";
import { replaceRatingScale } from "@/lib/ratings/replace-rating-scale";
import { ZRatingScale } from "@/lib/ratings/schemas";

export const GET = apiRoute(undefined, ({ actor }) => getRatingScale(actor));

export const PUT = apiRoute(ZRatingScale, ({ actor, body }) => replaceRatingScale(actor, body));
