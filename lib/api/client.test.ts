import { afterEach, describe, expect, it, vi } from "vitest";
import { callApi, requestApi, urlOf } from "./client";
import { CLAIM_API } from "./endpoints/claims";
import { ME_API, WORKSPACE_API } from "./endpoints/workspace";

const answer = (status: number, body: unknown) => vi.fn(async () => Response.json(body, { status }));
const stub = (fetch: typeof globalThis.fetch) => vi.stubGlobal("fetch", fetch);

afterEach(() => vi.unstubAllGlobals());

describe("urlOf()", () => {
  it("fills path parameters (encoded) and leaves empty query values out", () => {
    expect(urlOf(CLAIM_API.updateSource, { id: "c 1", sourceId: "s/2" })).toBe("/api/v1/claims/c%201/sources/s%2F2");
    expect(urlOf(ME_API.queue, {}, { kind: "work", status: undefined, articleId: "" })).toBe(
      "/api/v1/me/queue?kind=work",
    );
  });
});

describe("callApi()", () => {
  it("sends the method, JSON body and query, and returns the answer parsed with the response schema", async () => {
    const fetch = answer(200, { tags: ["أمن", "اقتصاد"] });
    stub(fetch);
    const result = await callApi(WORKSPACE_API.tags, { query: { q: "أ" } });
    expect(result).toEqual({ ok: true, data: { tags: ["أمن", "اقتصاد"] } });
    expect(fetch).toHaveBeenCalledWith("/api/v1/tags?q=%D8%A3", expect.objectContaining({ method: "GET" }));
  });

  it("gives a refusal in one shape, with a 409's current resource parsed by the endpoint's schema", async () => {
    stub(answer(422, { error: { code: "validation_failed", message: "Fix it.", fields: { title: "Required." } } }));
    const invalid = await callApi(WORKSPACE_API.tags, { query: {} });
    expect(invalid).toEqual({
      ok: false,
      failure: { status: 422, code: "validation_failed", message: "Fix it.", fields: { title: "Required." } },
    });
    stub(answer(409, { error: { code: "conflict", message: "Changed.", current: { not: "a sheet" } } }));
    const conflict = await callApi(CLAIM_API.update, { params: { id: "c1" }, body: { version: 1, statement: "x" } });
    expect(conflict.ok || conflict.failure.current).toBeUndefined();
  });

  it("says network when there is no answer, and internal when the answer does not match its schema", async () => {
    stub(vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    const offline = await callApi(WORKSPACE_API.members, {}, { network: "Offline." });
    expect(offline).toEqual({ ok: false, failure: { status: 0, code: "network", message: "Offline.", fields: {} } });
    stub(answer(200, { members: [{ id: 1 }] }));
    const wrong = await callApi(WORKSPACE_API.members, {});
    expect(wrong.ok || [wrong.failure.code, wrong.failure.status]).toEqual(["internal", 200]);
    await expect(requestApi(WORKSPACE_API.members, {})).rejects.toThrow("HTTP 200");
  });
});
