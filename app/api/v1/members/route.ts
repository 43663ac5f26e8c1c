import { apiRoute } from "@/lib/api/handler";
import { inviteMember } from "@/lib/members/invite-member";
import { listMembers } from "@/lib/members/list-members";
import { ZInviteMember } from "@/lib/members/schemas";

export const GET = apiRoute(undefined, ({ actor }) => listMembers(actor));

export const POST = apiRoute(ZInviteMember, ({ actor, body }) => inviteMember(actor, body), 201);
