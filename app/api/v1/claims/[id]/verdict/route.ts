import { apiRoute } from "@/lib/api/handler";
import { ZSetVerdict } from "@/lib/claim-sheet/schemas";
import { setVerdict } from "@/lib/claim-sheet/set-verdict";

export const PUT = apiRoute(ZSetVerdict, ({ actor, params, body }) => setVerdict(actor, params.id, body));
