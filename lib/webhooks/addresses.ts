import { lookup } from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

// Server-side request forgery: a webhook URL is chosen by an admin, and the server posts to it. Unless
// SANAD_WEBHOOKS_ALLOW_PRIVATE=1, Sanad refuses loopback, private, link-local (cloud metadata),
// shared, multicast and reserved addresses: literal ones when the URL is saved, and every resolved
// address when connecting (the check runs in the socket's DNS lookup, so a name cannot be switched to a
// private address between the check and the connection).
const blocked = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  blocked.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  blocked.addSubnet(net, bits, "ipv6");

export const privateAddressesAllowed = () => process.env.SANAD_WEBHOOKS_ALLOW_PRIVATE === "1";

export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family !== 6) return false;
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) addresses carry an IPv4 address.
  const v4 = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  return v4 ? blocked.check(v4, "ipv4") : blocked.check(address, "ipv6");
}

/** A URL whose host is written as a private address or as localhost (no DNS: that is checked on connect). */
export function isPrivateUrl(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return host === "localhost" || host.endsWith(".localhost") || isPrivateAddress(host);
}

/** A DNS lookup for node:http that refuses private addresses. */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 4);
    const list = addresses as unknown as { address: string; family: number }[];
    const refused = !privateAddressesAllowed() && list.find((a) => isPrivateAddress(a.address));
    if (refused)
      return callback(
        Object.assign(new Error(`refused private address ${refused.address}`), { code: "EPRIVATE" }),
        "",
        4,
      );
    if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};
