import { apiRoute } from "@/lib/api/handler";
import { getQueue } from "@/lib/queue/get-queue";
import { ZQueueQuery } from "@/lib/queue/schemas";

export const GET = apiRoute(undefined, ({ actor, request }) =>
  getQueue(actor, ZQueueQuery.parse(Object.fromEntries(new URL(request.url).searchParams))),
);
