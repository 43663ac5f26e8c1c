import { TOKEN_API } from "@/lib/api/endpoints/admin";
import { handle, route } from "@/lib/api/route";
import { revokeToken } from "@/lib/tokens/manage-tokens";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(TOKEN_API.revoke, ({ actor, params }) => revokeToken(actor, params.id)),
);
