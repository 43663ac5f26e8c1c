import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { refuseCrossSiteWrite } from "./same-origin";

const APP = "http://127.0.0.1:3000";

function refusal(method: string, headers: Record<string, string>, body?: string): string | null {
  const request = new Request(`${APP}/api/v1/members`, {
    method,
    headers: { host: "127.0.0.1:3000", ...headers, ...(body ? { "content-length": String(body.length) } : {}) },
    body,
  });
  try {
    refuseCrossSiteWrite(request);
    return null;
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

const JSON_TYPE = { "content-type": "application/json" };

describe("refuseCrossSiteWrite", () => {
  it("lets reads through, whatever their origin", () => {
    expect(refusal("GET", { origin: "http://127.0.0.1:4000", "sec-fetch-site": "same-site" })).toBeNull();
  });

  it("refuses a write from another port, another host or an opaque origin", () => {
    for (const origin of ["http://127.0.0.1:4000", "http://localhost:3000", "http://127.0.0.2:3000", "null"])
      expect(refusal("POST", { ...JSON_TYPE, origin }, "{}"), origin).toBe("forbidden");
    for (const site of ["same-site", "cross-site"])
      expect(refusal("DELETE", { "sec-fetch-site": site }), site).toBe("forbidden");
  });

  it("refuses a form-encoded or text/plain body even from the app's own origin", () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"])
      expect(refusal("POST", { "content-type": type, origin: APP }, "a=1"), type).toBe("unsupported_media_type");
    expect(refusal("POST", { origin: APP }, "{}")).toBe("unsupported_media_type");
  });

  it("accepts the app's own JSON writes and body-less deletes, and non-browser clients", () => {
    expect(refusal("POST", { ...JSON_TYPE, origin: APP, "sec-fetch-site": "same-origin" }, "{}")).toBeNull();
    expect(refusal("PATCH", { "content-type": "application/json; charset=utf-8" }, "{}")).toBeNull();
    expect(refusal("DELETE", { origin: APP })).toBeNull();
  });

  it("exempts Bearer-token calls, which browsers never send on their own", () => {
    expect(refusal("POST", { authorization: "Bearer sanad_x", "content-type": "text/plain" }, "{}")).toBeNull();
  });
});
