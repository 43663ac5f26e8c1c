import { apiRoute } from "@/lib/api/handler";
import { markNotificationsRead } from "@/lib/notifications/mark-read";
import { ZMarkRead } from "@/lib/notifications/schemas";

// {"ids": [...]} marks those read, {"all": true} every one.
export const POST = apiRoute(ZMarkRead, ({ actor, body }) => markNotificationsRead(actor, body));
