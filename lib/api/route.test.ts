import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { defineEndpoint } from "./endpoint";
import { responseMismatch } from "./respond";
import { handle, route, unknownPathRoute } from "./route";

// Public endpoints need no actor, so the wrapper runs here without a session or a database.
const thing = defineEndpoint({
  method: "GET",
  path: "/things/{id}",
  tag: "meta",
  ability: null,
  summary: { en: "A thing.", ar: "شيء." },
  query: z.object({ n: z.coerce.number().int().min(1) }),
  response: z.object({ id: z.string(), n: z.number(), at: z.iso.datetime() }),
});
const makeThing = defineEndpoint({
  method: "POST",
  path: "/things/{id}",
  tag: "meta",
  ability: null,
  summary: { en: "Make a thing.", ar: "صنع شيء." },
  body: z.object({ name: z.string() }),
  response: z.object({ name: z.string() }),
  status: 201,
});

const context = { params: Promise.resolve({ id: "t1" }) };
const get = (query: string, headers?: HeadersInit) =>
  new Request(`http://localhost/api/v1/things/t1${query}`, { headers });
const errorOf = async (response: Response) => ((await response.json()) as { error: Record<string, unknown> }).error;

afterEach(() => vi.restoreAllMocks());

describe("handle()", () => {
  it("parses path parameters and the query string with the definition's schemas and sends the JSON answer", async () => {
    const run = vi.fn(async ({ params, query }) => ({ id: params.id, n: query.n, at: new Date(0) }));
    const response = await handle(thing, run)(get("?n=3"), context);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ id: "t1", n: 3, at: "1970-01-01T00:00:00.000Z" });
  });

  it("refuses an invalid query string with a 422 naming the field, in the reader's language", async () => {
    const response = await handle(thing, async () => ({}))(get("?n=0", { "accept-language": "ar" }), context);
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe("validation_failed");
    expect(Object.keys(error.fields as object)).toEqual(["n"]);
    // zod's own message, from its Arabic locale; the summary from messages/ar.json.
    expect((error.fields as Record<string, string>).n).toMatch(/[\u0600-\u06FF]/);
    expect(error.message).toContain("بعض الحقول تحتاج إلى تصحيح");
    const english = await errorOf(await handle(thing, async () => ({}))(get("?n=0"), context));
    expect((english.fields as Record<string, string>).n).toMatch(/^Too small/);
  });

  it("answers a 500 when the answer does not match the response schema, and logs why", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const wrongType = await handle(thing, async () => ({ id: "t1", n: "3", at: new Date(0) }))(get("?n=3"), context);
    expect(wrongType.status).toBe(500);
    expect((await errorOf(wrongType)).code).toBe("internal");
    expect(log.mock.calls.flat().join()).toContain("n: ");
    const extra = await handle(thing, async () => ({ id: "t1", n: 3, at: new Date(0), secret: "x" }))(
      get("?n=3"),
      context,
    );
    expect(extra.status).toBe(500);
    expect(log.mock.calls.flat().join()).toContain("secret");
  });

  it("parses the JSON body and answers with the definition's status", async () => {
    const request = new Request("http://localhost/api/v1/things/t1", {
      method: "POST",
      body: JSON.stringify({ name: "n" }),
      headers: { "content-type": "application/json" },
    });
    const response = await handle(makeThing, async ({ body }) => ({ name: body.name }))(request, context);
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ name: "n" });
  });
});

describe("handle() on a path without parameters", () => {
  it("accepts the missing params Next gives such routes", async () => {
    const list = defineEndpoint({ ...thing, path: "/things", query: undefined });
    const noParams = { params: undefined } as unknown as typeof context;
    const response = await handle(list, async () => ({ id: "t", n: 1, at: new Date(0) }))(get(""), noParams);
    expect(response.status).toBe(200);
  });
});

describe("responseMismatch()", () => {
  it("names missing, mistyped and undescribed fields, also nested ones", () => {
    const schema = z.object({ a: z.object({ b: z.number() }), list: z.array(z.object({ c: z.string() })) });
    const endpoint = { ...thing, response: schema };
    expect(responseMismatch(endpoint, { a: { b: 1 }, list: [{ c: "x" }] })).toBeNull();
    expect(responseMismatch(endpoint, { a: {}, list: [] })).toContain("a.b");
    expect(responseMismatch(endpoint, { a: { b: 1, d: 2 }, list: [{ c: "x", e: 1 }] })).toBe(
      "fields the response schema does not describe: a.d, list.0.e",
    );
  });
});

describe("route()", () => {
  const methods = route(
    handle(thing, async () => ({ id: "t1", n: 1, at: new Date(0) })),
    handle(makeThing, async () => ({ name: "n" })),
  );

  it("answers a method the path does not support with a JSON 405 and an Allow header", async () => {
    const response = await methods.DELETE(
      new Request("http://localhost/api/v1/things/t1", { method: "DELETE" }),
      context,
    );
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST, OPTIONS, HEAD");
    const error = await errorOf(response);
    expect(error.code).toBe("method_not_allowed");
    expect(error.message).toContain("DELETE");
  });

  it("answers OPTIONS with the methods it supports", async () => {
    const response = await methods.OPTIONS(new Request("http://localhost/x", { method: "OPTIONS" }), context);
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, POST, OPTIONS, HEAD");
  });

  it("refuses handlers of different paths", () => {
    const other = defineEndpoint({ ...makeThing, path: "/other" });
    expect(() =>
      route(
        handle(thing, async () => ({})),
        handle(other, async () => ({})),
      ),
    ).toThrow(/one path/);
  });

  it("the catch-all answers every method of an unknown path with a 404 in the error shape", async () => {
    const response = await unknownPathRoute().PATCH(new Request("http://localhost/api/v1/nope", { method: "PATCH" }), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("not_found");
  });
});
