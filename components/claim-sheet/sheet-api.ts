import type { TErrorBody } from "@/lib/api/errors";
import type { TClaimSheet } from "@/lib/claim-sheet/serialize";

export type TSheetReply =
  | { kind: "saved"; sheet: TClaimSheet }
  | { kind: "conflict"; current: TClaimSheet; message: string }
  | { kind: "invalid"; message: string; fields: Record<string, string> }
  | { kind: "failed"; message: string };

/** One write to the claim sheet API; every answer is one of four outcomes the sheet knows how to show. */
export async function sendSheetWrite(url: string, method: string, body: unknown): Promise<TSheetReply> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { kind: "failed", message: "" };
  }
  const json = await response.json().catch(() => null);
  if (response.ok) return { kind: "saved", sheet: json as TClaimSheet };
  const error = (json as TErrorBody | null)?.error;
  if (response.status === 409 && error?.current)
    return { kind: "conflict", current: error.current as TClaimSheet, message: error.message };
  if (response.status === 422) return { kind: "invalid", message: error?.message ?? "", fields: error?.fields ?? {} };
  return { kind: "failed", message: error?.message ?? `HTTP ${response.status}` };
}
