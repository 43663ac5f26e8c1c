import { ME_API } from "@/lib/api/endpoints/workspace";
import { handle, route } from "@/lib/api/route";
import { getQueue } from "@/lib/queue/get-queue";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(ME_API.queue, ({ actor, query }) => getQueue(actor, query)),
);
