import { WORKSPACE_API } from "@/lib/api/endpoints/workspace";
import { handle, route } from "@/lib/api/route";
import { inviteMember } from "@/lib/members/invite-member";
import { listMembers } from "@/lib/members/list-members";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(WORKSPACE_API.members, ({ actor }) => listMembers(actor)),
  handle(WORKSPACE_API.invite, ({ actor, body }) => inviteMember(actor, body)),
);
