import { ME_API } from "@/lib/api/endpoints/workspace";
import { handle, route } from "@/lib/api/route";
import { markNotificationsRead } from "@/lib/notifications/mark-read";

// {"ids": [...]} marks those read, {"all": true} every one.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(ME_API.markRead, ({ actor, body }) => markNotificationsRead(actor, body)),
);
