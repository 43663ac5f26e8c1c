import type { TErrorBody } from "@/lib/api/errors";

export type TFailure = { message: string; fields: Record<string, string> };

/** JSON to /api/v1 and back; a refusal comes back as the one error shape. */
export async function callApi<T>(
  url: string,
  method: string,
  body?: unknown,
  network = "Network error",
): Promise<{ ok: true; data: T } | { ok: false; failure: TFailure }> {
  try {
    const response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await response.json();
    if (response.ok) return { ok: true, data: json as T };
    const { error } = json as TErrorBody;
    return { ok: false, failure: { message: error.message, fields: error.fields ?? {} } };
  } catch {
    return { ok: false, failure: { message: network, fields: {} } };
  }
}
