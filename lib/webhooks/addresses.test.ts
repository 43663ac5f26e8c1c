import { afterEach, describe, expect, it } from "vitest";
import { guardedLookup, isPrivateAddress } from "./addresses";
import { postWebhook } from "./send";

const resolve = (hostname: string) =>
  new Promise<{ error: (Error & { code?: string }) | null; addresses: unknown }>((done) =>
    guardedLookup(hostname, { all: true }, (error, addresses) => done({ error: error as never, addresses })),
  );

afterEach(() => {
  delete process.env.SANAD_WEBHOOKS_ALLOW_PRIVATE;
});

describe("webhook addresses (SSRF guard)", () => {
  it("class loopback, private, link-local, shared and mapped addresses as private, public ones not", () => {
    for (const a of [
      "127.0.0.1",
      "10.0.0.5",
      "172.20.1.1",
      "192.168.0.1",
      "169.254.169.254",
      "100.64.1.1",
      "0.0.0.0",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:10.0.0.1",
      "224.0.0.1",
    ])
      expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ["93.184.216.34", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8"])
      expect(isPrivateAddress(a), a).toBe(false);
  });

  it("refuse a name that resolves to a private address when connecting, unless SANAD_WEBHOOKS_ALLOW_PRIVATE=1", async () => {
    const refused = await resolve("localhost");
    expect(refused.error?.code).toBe("EPRIVATE");
    process.env.SANAD_WEBHOOKS_ALLOW_PRIVATE = "1";
    const allowed = await resolve("localhost");
    expect(allowed.error).toBeNull();
    expect(allowed.addresses).toEqual(
      expect.arrayContaining([expect.objectContaining({ address: expect.stringMatching(/^(127\.0\.0\.1|::1)$/) })]),
    );
  });

  it("never send to a literal private address without the variable", async () => {
    expect(await postWebhook("http://127.0.0.1:9/x", "{}", {})).toEqual({
      statusCode: null,
      error: "refused: private address",
    });
  });
});
