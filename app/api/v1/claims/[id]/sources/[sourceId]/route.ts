import { apiRoute } from "@/lib/api/handler";
import { removeSource } from "@/lib/sources/remove-source";
import { ZRemoveSource, ZUpdateSource } from "@/lib/sources/schemas";
import { updateSource } from "@/lib/sources/update-source";

export const PATCH = apiRoute(ZUpdateSource, ({ actor, params, body }) =>
  updateSource(actor, params.id, params.sourceId, body),
);

// The body carries the claim's version like every other sheet write: {"version": n}.
export const DELETE = apiRoute(ZRemoveSource, ({ actor, params, body }) =>
  removeSource(actor, params.id, params.sourceId, body),
);
