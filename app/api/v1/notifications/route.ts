import { ME_API } from "@/lib/api/endpoints/workspace";
import { handle, route } from "@/lib/api/route";
import { listNotifications } from "@/lib/notifications/list-notifications";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(ME_API.notifications, ({ actor, query }) => listNotifications(actor, query)),
);
