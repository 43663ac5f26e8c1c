import { lookup } from "node:dns";
import type { LookupFunction } from "node:net";
import { isReservedAddress } from "./reserved-addresses";

// One switch lets every server-side fetch (webhooks, imports, snapshots) reach loopback and private
// addresses, for local testing or receivers that really are internal. The webhook-only name it
// replaced still works.
export const privateFetchAllowed = () =>
  process.env.SANAD_ALLOW_PRIVATE_FETCH === "1" || process.env.SANAD_WEBHOOKS_ALLOW_PRIVATE === "1";

/** Which resolved or literal addresses a fetch may connect to; the default follows the switch above. */
export type AddressPolicy = (address: string) => boolean;

export const defaultAddressPolicy: AddressPolicy = (address) => privateFetchAllowed() || !isReservedAddress(address);

/** A URL whose host is localhost or a literal address the policy refuses (a name is checked when it resolves). */
export function isRefusedHost(url: URL, allowed: AddressPolicy = defaultAddressPolicy): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const isLocalName = host === "localhost" || host.endsWith(".localhost");
  return isLocalName ? !allowed("127.0.0.1") : !allowed(host);
}

export class RefusedAddressError extends Error {
  readonly code = "EREFUSEDADDRESS";
  constructor() {
    // No address in the message: it ends up in logs people outside the server read.
    super("refused: private or reserved address");
  }
}

/**
 * A DNS lookup for node:http and node:https that resolves every address of the name and refuses the
 * connection when any of them is refused: the check happens where the socket connects, so a name cannot
 * answer a public address to a check and a private one to the connection.
 */
export function guardedLookup(allowed: AddressPolicy = defaultAddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as unknown as { address: string; family: number }[];
      if (list.length === 0 || list.some((entry) => !allowed(entry.address)))
        return callback(new RefusedAddressError(), "", 4);
      if (options.all) return (callback as unknown as (e: null, a: typeof list) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}
