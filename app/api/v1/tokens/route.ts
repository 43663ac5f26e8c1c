import { TOKEN_API } from "@/lib/api/endpoints/admin";
import { handle, route } from "@/lib/api/route";
import { createToken, listTokens } from "@/lib/tokens/manage-tokens";

// The answer's `secret` is the only time the token is ever shown.
export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = route(
  handle(TOKEN_API.list, ({ actor }) => listTokens(actor)),
  handle(TOKEN_API.create, ({ actor, body }) => createToken(actor, body)),
);
