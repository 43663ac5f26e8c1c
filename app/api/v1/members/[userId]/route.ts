import { WORKSPACE_API } from "@/lib/api/endpoints/workspace";
import { handle, route } from "@/lib/api/route";
import { changeMemberRole, removeMember } from "@/lib/members/change-member";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(WORKSPACE_API.changeRole, ({ actor, params, body }) => changeMemberRole(actor, params.userId, body)),
  handle(WORKSPACE_API.removeMember, ({ actor, params }) => removeMember(actor, params.userId)),
);
