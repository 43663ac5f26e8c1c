import { isDeepStrictEqual } from "node:util";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { logger } from "@/lib/logger";
import type { AnyEndpoint } from "./endpoint";

/**
 * Whether answers are checked against their endpoint's response schema: always outside production,
 * and in the browser tests (`next start` runs as production; playwright.config.ts sets the variable).
 */
export function checksResponses(): boolean {
  return process.env.NODE_ENV !== "production" || process.env.SANAD_CHECK_RESPONSES === "1";
}

/** Why a JSON answer does not match the schema (a missing, mistyped or undocumented field), or null. */
export function responseMismatch(endpoint: AnyEndpoint, json: unknown): string | null {
  const parsed = endpoint.response!.safeParse(json);
  if (!parsed.success)
    return parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`).join("; ");
  // Parsing drops keys the schema does not name: a field sent but not described is a mismatch too.
  if (isDeepStrictEqual(parsed.data, json)) return null;
  return `fields the response schema does not describe: ${undescribed(json, parsed.data).join(", ")}`;
}

function undescribed(sent: unknown, kept: unknown, path = ""): string[] {
  if (!sent || typeof sent !== "object" || !kept || typeof kept !== "object") return [];
  return Object.keys(sent).flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    if (!(key in kept)) return [at];
    return undescribed((sent as Record<string, unknown>)[key], (kept as Record<string, unknown>)[key], at);
  });
}

/** The JSON answer of an endpoint; a mismatch with its schema is logged and answered as a 500 when checking. */
export function jsonResponse(endpoint: AnyEndpoint, result: unknown): Response {
  const text = JSON.stringify(result);
  if (checksResponses()) {
    const mismatch = responseMismatch(endpoint, JSON.parse(text));
    if (mismatch) {
      logger.error({ endpoint: `${endpoint.method} ${endpoint.path}`, mismatch }, "response does not match its schema");
      throw new AppError("internal", errorText("internal"));
    }
  }
  return new Response(text, { status: endpoint.status, headers: { "content-type": "application/json" } });
}
