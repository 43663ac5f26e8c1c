import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { safeFetch, SafeFetchError, type SafeFetchOptions } from "./safe-fetch";

// A receiver on 127.0.0.1 whose paths say what to answer. Only 127.0.0.1 is allowed to the fetches below,
// so 127.0.0.2 (the same machine, another loopback address) stands for an internal address.
const seen: { url: string; method: string; authorization?: string }[] = [];
let base = "";
const answer: http.RequestListener = (request, response) => {
  seen.push({ url: request.url ?? "", method: request.method ?? "", authorization: request.headers.authorization });
  const [, kind, arg] = (request.url ?? "").split("/");
  if (kind === "to") return response.writeHead(302, { location: decodeURIComponent(arg) }).end();
  if (kind === "see-other") return response.writeHead(303, { location: "/ok" }).end();
  if (kind === "loop") return response.writeHead(301, { location: `/loop/${Number(arg) + 1}` }).end();
  if (kind === "elsewhere") return response.writeHead(307, { location: `http://127.0.0.2:${otherPort()}/ok` }).end();
  if (kind === "big") return response.end("x".repeat(Number(arg)));
  if (kind === "silent") return;
  response.writeHead(200, { "content-type": "text/plain; charset=utf-8", "x-kind": "ok" }).end("مرحبا");
};
const server = http.createServer(answer);
// Another origin on the same machine, for the redirect that must not carry credentials.
const other = http.createServer(answer);
const otherPort = () => (other.address() as AddressInfo).port;
const onlyFirstLoopback: SafeFetchOptions = { allowAddress: (address) => address === "127.0.0.1" };
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => "fetched",
    (error: unknown) => (error instanceof SafeFetchError ? error.reason : String(error)),
  );

beforeAll(async () => {
  await new Promise<void>((ready) => server.listen(0, "127.0.0.1", ready));
  await new Promise<void>((ready) => other.listen(0, "127.0.0.2", ready));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  for (const listener of [server, other]) {
    listener.closeAllConnections();
    listener.close();
  }
});

describe("safeFetch", () => {
  it("answers with the final URL, status, headers and body", async () => {
    const answer = await safeFetch(`${base}/to/${encodeURIComponent("/ok")}`, onlyFirstLoopback);
    expect(answer).toMatchObject({ url: `${base}/ok`, status: 200, redirects: [`${base}/to/%2Fok`] });
    expect(answer.headers).toMatchObject({ "content-type": "text/plain; charset=utf-8", "x-kind": "ok" });
    expect(answer.body.toString("utf8")).toBe("مرحبا");
  });

  it("refuses loopback and private targets before connecting, by default", async () => {
    const before = seen.length;
    for (const url of [`${base}/ok`, base.replace("127.0.0.1", "localhost") + "/ok", "http://[::ffff:7f00:1]:9/"])
      expect(await failure(safeFetch(url)), url).toBe("refused_address");
    expect(seen.length).toBe(before);
  });

  it("checks every redirect again: one to an internal address is refused", async () => {
    const internal = `${base.replace("127.0.0.1", "127.0.0.2")}/ok`;
    expect(await failure(safeFetch(`${base}/to/${encodeURIComponent(internal)}`, onlyFirstLoopback))).toBe(
      "refused_address",
    );
    expect(await failure(safeFetch(`${base}/to/${encodeURIComponent("file:///etc/passwd")}`, onlyFirstLoopback))).toBe(
      "bad_redirect",
    );
    expect(await failure(safeFetch(`${base}/loop/0`, onlyFirstLoopback))).toBe("too_many_redirects");
    expect(seen.filter((s) => s.url.startsWith("/loop/")).length).toBe(6);
  });

  it("turns a 303 into a GET and drops credentials on a redirect to another origin", async () => {
    const answer = await safeFetch(`${base}/see-other`, { ...onlyFirstLoopback, method: "POST", body: "{}" });
    expect(answer.status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ url: "/ok", method: "GET" });
    const everywhere = { allowAddress: () => true, headers: { authorization: "Bearer secret" } };
    await safeFetch(`${base}/elsewhere`, everywhere);
    expect(seen.at(-2)).toMatchObject({ url: "/elsewhere", authorization: "Bearer secret" });
    expect(seen.at(-1)).toMatchObject({ url: "/ok", authorization: undefined });
  });

  it("returns a redirect as it is when told not to follow", async () => {
    const answer = await safeFetch(`${base}/to/x`, { ...onlyFirstLoopback, maxRedirects: 0 });
    expect(answer).toMatchObject({ status: 302, headers: expect.objectContaining({ location: "x" }) });
  });

  it("stops at the size limit and the deadline", async () => {
    const limited = { ...onlyFirstLoopback, maxBytes: 1000 };
    expect((await safeFetch(`${base}/big/1000`, limited)).body.length).toBe(1000);
    expect(await failure(safeFetch(`${base}/big/1001`, limited))).toBe("too_large");
    expect(await failure(safeFetch(`${base}/silent`, { ...onlyFirstLoopback, timeoutMs: 300 }))).toBe("timeout");
  });

  it("refuses what is not an absolute http(s) URL without credentials", async () => {
    for (const url of ["ftp://example.org/", "/relative", "javascript:alert(1)", "http://user:pass@example.org/"])
      expect(await failure(safeFetch(url)), url).toBe("invalid_url");
  });
});
