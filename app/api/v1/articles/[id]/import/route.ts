import { apiRoute } from "@/lib/api/handler";
import { importAnnotations } from "@/lib/imports/import-annotations";
import { ZW3CImport } from "@/lib/imports/parse-w3c";

export const POST = apiRoute(ZW3CImport, ({ actor, params, body }) => importAnnotations(actor, params.id, body), 201);
