import { WORKSPACE_API } from "@/lib/api/endpoints/workspace";
import { handle, route } from "@/lib/api/route";
import { getRatingScale } from "@/lib/ratings/get-rating-scale";
import { replaceRatingScale } from "@/lib/ratings/replace-rating-scale";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(WORKSPACE_API.ratingScale, ({ actor }) => getRatingScale(actor)),
  handle(WORKSPACE_API.replaceRatingScale, ({ actor, body }) => replaceRatingScale(actor, body)),
);
