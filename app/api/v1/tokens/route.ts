import { apiRoute } from "@/lib/api/handler";
import { createToken, listTokens } from "@/lib/tokens/manage-tokens";
import { ZCreateToken } from "@/lib/tokens/schemas";

export const GET = apiRoute(undefined, ({ actor }) => listTokens(actor));

// The answer's `secret` is the only time the token is ever shown.
export const POST = apiRoute(ZCreateToken, ({ actor, body }) => createToken(actor, body), 201);
