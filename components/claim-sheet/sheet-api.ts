import { callApi, type CallInput } from "@/lib/api/client";
import { CLAIM_API } from "@/lib/api/endpoints/claims";
import type { TClaimSheet } from "@/lib/claim-sheet/serialize";

export type TSheetReply =
  | { kind: "saved"; sheet: TClaimSheet }
  | { kind: "conflict"; current: TClaimSheet; message: string }
  | { kind: "invalid"; message: string; fields: Record<string, string> }
  | { kind: "failed"; message: string };

/** The writes that answer with the whole sheet and refuse a stale `version` with a 409 carrying it. */
export type TSheetWrite =
  | typeof CLAIM_API.update
  | typeof CLAIM_API.setVerdict
  | typeof CLAIM_API.addSource
  | typeof CLAIM_API.reorderSources
  | typeof CLAIM_API.updateSource
  | typeof CLAIM_API.removeSource;

/** One write to the claim sheet API; every answer is one of four outcomes the sheet knows how to show. */
export async function sendSheetWrite(
  endpoint: TSheetWrite,
  params: { id: string; sourceId?: string },
  body: Record<string, unknown> & { version: number },
): Promise<TSheetReply> {
  // Drafts hold plain strings (lib/claim-sheet/form.ts); the endpoint's schema checks them (422 per field).
  const result = await callApi(endpoint, { params, body } as CallInput<TSheetWrite>);
  if (result.ok) return { kind: "saved", sheet: result.data };
  const { failure } = result;
  if (failure.status === 409 && failure.current)
    return { kind: "conflict", current: failure.current, message: failure.message };
  if (failure.status === 422) return { kind: "invalid", message: failure.message, fields: failure.fields };
  return { kind: "failed", message: failure.code === "network" ? "" : failure.message || `HTTP ${failure.status}` };
}
