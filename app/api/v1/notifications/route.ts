import { apiRoute } from "@/lib/api/handler";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { ZNotificationQuery } from "@/lib/notifications/schemas";

export const GET = apiRoute(undefined, ({ actor, request }) =>
  listNotifications(actor, ZNotificationQuery.parse(Object.fromEntries(new URL(request.url).searchParams))),
);
