import { safeFetch, SafeFetchError } from "@/lib/net/safe-fetch";

export const SEND_TIMEOUT_MS = 10_000;

export type TSendResult = { statusCode: number | null; error: string | null };

// What the delivery log shows for each failure: never what a refused address said, nor the address.
const FAILURES: Record<SafeFetchError["reason"], string> = {
  invalid_url: "refused: not an http(s) URL",
  refused_address: "refused: private or reserved address",
  too_many_redirects: "refused: redirect",
  bad_redirect: "refused: redirect",
  timeout: `timed out after ${SEND_TIMEOUT_MS / 1000} s`,
  too_large: "the answer was too large",
  network: "could not connect",
};

/**
 * One POST of a delivery through the safe fetch (lib/net): redirects are not followed (a 3xx is a
 * failure); only the status is read, never the body.
 */
export async function postWebhook(url: string, body: string, headers: Record<string, string>): Promise<TSendResult> {
  try {
    const answer = await safeFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "user-agent": "Sanad-Webhooks/1", ...headers },
      body,
      maxRedirects: 0,
      timeoutMs: SEND_TIMEOUT_MS,
      readBody: false,
    });
    return { statusCode: answer.status, error: null };
  } catch (error) {
    if (!(error instanceof SafeFetchError)) throw error;
    return { statusCode: null, error: FAILURES[error.reason] };
  }
}
