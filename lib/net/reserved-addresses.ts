import { isIPv4, isIPv6 } from "node:net";

// Addresses a server-side fetch must never reach (server-side request forgery): every block of IANA's
// IPv4 and IPv6 Special-Purpose Address Registries (loopback, private, shared, link-local with the cloud
// metadata service, documentation, benchmarking, reserved, IETF assignments, ULA, site-local…), plus
// multicast and broadcast. IPv6 forms that carry an IPv4 address (mapped, compatible, translated, NAT64,
// 6to4) are judged by that address; Teredo, which hides one by inverting its bits, is refused outright
// with the rest of 2001::/23.

type Block = { bytes: number[]; bits: number };

const V4_BLOCKS = [
  "0.0.0.0/8", // "this network"
  "10.0.0.0/8", // private
  "100.64.0.0/10", // shared address space (carrier-grade NAT)
  "127.0.0.0/8", // loopback
  "169.254.0.0/16", // link-local, cloud metadata (169.254.169.254)
  "172.16.0.0/12", // private
  "192.0.0.0/24", // IETF protocol assignments (DS-Lite, NAT64 discovery…)
  "192.0.2.0/24", // documentation (TEST-NET-1)
  "192.31.196.0/24", // AS112-v4
  "192.52.193.0/24", // AMT
  "192.88.99.0/24", // deprecated 6to4 relay anycast
  "192.168.0.0/16", // private
  "192.175.48.0/24", // AS112 direct delegation
  "198.18.0.0/15", // benchmarking
  "198.51.100.0/24", // documentation (TEST-NET-2)
  "203.0.113.0/24", // documentation (TEST-NET-3)
  "224.0.0.0/4", // multicast
  "240.0.0.0/4", // reserved, and 255.255.255.255 broadcast
];

const V6_BLOCKS = [
  "::/128", // unspecified
  "::1/128", // loopback
  "64:ff9b:1::/48", // local-use IPv4/IPv6 translation
  "100::/64", // discard-only
  "100:0:0:1::/64", // dummy prefix
  "2001::/23", // IETF protocol assignments, Teredo (2001::/32) included
  "2001:db8::/32", // documentation
  "2620:4f:8000::/48", // AS112 direct delegation
  "3fff::/20", // documentation
  "5f00::/16", // segment routing (SRv6) SIDs
  "fc00::/7", // unique local
  "fe80::/10", // link-local
  "fec0::/10", // site-local (deprecated)
  "ff00::/8", // multicast
];

/** Where an IPv6 address carries an IPv4 one: the prefix, and the byte the IPv4 address starts at. */
const V4_CARRIERS: { block: Block; at: number }[] = [
  { block: parseBlock("::ffff:0:0/96"), at: 12 }, // IPv4-mapped
  { block: parseBlock("::/96"), at: 12 }, // IPv4-compatible (deprecated)
  { block: parseBlock("::ffff:0:0:0/96"), at: 12 }, // IPv4-translated (SIIT)
  { block: parseBlock("64:ff9b::/96"), at: 12 }, // NAT64 well-known prefix
  { block: parseBlock("2002::/16"), at: 2 }, // 6to4
];

function parseV4(address: string): number[] {
  return address.split(".").map(Number);
}

/** The 16 bytes of an IPv6 address (zone id dropped; an embedded dotted IPv4 tail allowed). */
function parseV6(address: string): number[] {
  let text = address.replace(/%.*$/, "").toLowerCase();
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (tail) {
    const [a, b, c, d] = parseV4(tail);
    text = `${text.slice(0, -tail.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split("::");
  const groupsOf = (part: string | undefined) => (part ? part.split(":") : []);
  const left = groupsOf(head);
  const right = groupsOf(rest);
  const groups = rest === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  return groups.flatMap((group) => {
    const value = parseInt(group, 16);
    return [value >> 8, value & 0xff];
  });
}

function parseBlock(cidr: string): Block {
  const [address, bits] = cidr.split("/");
  return { bytes: isIPv4(address) ? parseV4(address) : parseV6(address), bits: Number(bits) };
}

function isInBlock(bytes: number[], block: Block): boolean {
  if (bytes.length !== block.bytes.length) return false;
  for (let bit = 0; bit < block.bits; bit += 8) {
    const mask = block.bits - bit >= 8 ? 0xff : (0xff << (8 - (block.bits - bit))) & 0xff;
    if ((bytes[bit / 8] & mask) !== (block.bytes[bit / 8] & mask)) return false;
  }
  return true;
}

const v4Blocks = V4_BLOCKS.map(parseBlock);
const v6Blocks = V6_BLOCKS.map(parseBlock);

const isReservedV4 = (bytes: number[]) => v4Blocks.some((block) => isInBlock(bytes, block));

function isReservedV6(bytes: number[]): boolean {
  if (v6Blocks.some((block) => isInBlock(bytes, block))) return true;
  const carrier = V4_CARRIERS.find(({ block }) => isInBlock(bytes, block));
  return carrier !== undefined && isReservedV4(bytes.slice(carrier.at, carrier.at + 4));
}

/**
 * True for an IP address (v4, or v6 in any notation) that lies in a special-purpose, private, local or
 * multicast block, directly or through an IPv4 address it carries; false for a public address and for
 * anything that is not an IP address (a host name is judged by what it resolves to).
 */
export function isReservedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  if (isIPv4(bare)) return isReservedV4(parseV4(bare));
  if (isIPv6(bare)) return isReservedV6(parseV6(bare));
  return false;
}

/** True when the string is an IP address literal, bracketed or not. */
export const isIpLiteral = (host: string) => {
  const bare = host.replace(/^\[|\]$/g, "");
  return isIPv4(bare) || isIPv6(bare);
};
