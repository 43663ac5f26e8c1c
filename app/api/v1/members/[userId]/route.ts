import { apiRoute } from "@/lib/api/handler";
import { changeMemberRole, removeMember } from "@/lib/members/change-member";
import { ZChangeRole } from "@/lib/members/schemas";

export const PATCH = apiRoute(ZChangeRole, ({ actor, params, body }) => changeMemberRole(actor, params.userId, body));

export const DELETE = apiRoute(undefined, ({ actor, params }) => removeMember(actor, params.userId));
