import http from "node:http";
import https from "node:https";
import { guardedLookup, isPrivateUrl, privateAddressesAllowed } from "./addresses";

export const SEND_TIMEOUT_MS = 10_000;

export type TSendResult = { statusCode: number | null; error: string | null };

/** One POST of a delivery: redirects are not followed (a 3xx is a failure); only the status is read. */
export function postWebhook(url: string, body: string, headers: Record<string, string>): Promise<TSendResult> {
  const target = new URL(url);
  if (!privateAddressesAllowed() && isPrivateUrl(target))
    return Promise.resolve({ statusCode: null, error: "refused: private address" });
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "Sanad-Webhooks/1",
          ...headers,
          "content-length": String(Buffer.byteLength(body)),
        },
        lookup: guardedLookup,
        signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
      },
      (response) => {
        response.resume();
        response.on("end", () => resolve({ statusCode: response.statusCode ?? null, error: null }));
        response.on("error", (e) => resolve({ statusCode: response.statusCode ?? null, error: e.message }));
      },
    );
    request.on("error", (e: Error & { code?: string }) =>
      resolve({
        statusCode: null,
        error:
          e.name === "AbortError" || e.name === "TimeoutError"
            ? `timed out after ${SEND_TIMEOUT_MS / 1000} s`
            : e.message.slice(0, 500),
      }),
    );
    request.end(body);
  });
}
