import { describe, expect, it } from "vitest";
import { isReservedAddress } from "./reserved-addresses";

describe("isReservedAddress", () => {
  it("refuses every IPv4 special-purpose block, multicast and broadcast", () => {
    for (const address of [
      "0.0.0.0",
      "10.1.2.3",
      "100.64.0.1",
      "127.0.0.1",
      "127.255.255.254",
      "169.254.169.254",
      "172.16.0.1",
      "172.31.255.255",
      "192.0.0.8",
      "192.0.2.10",
      "192.31.196.1",
      "192.52.193.1",
      "192.88.99.1",
      "192.168.1.1",
      "192.175.48.1",
      "198.18.0.1",
      "198.19.255.255",
      "198.51.100.7",
      "203.0.113.9",
      "224.0.0.1",
      "239.255.255.250",
      "240.0.0.1",
      "255.255.255.255",
    ])
      expect(isReservedAddress(address), address).toBe(true);
  });

  it("refuses IPv6 special-purpose blocks", () => {
    for (const address of [
      "::",
      "::1",
      "fc00::1",
      "fd12:3456::1",
      "fe80::1%eth0",
      "fec0::1",
      "ff02::1",
      "2001:db8::1",
      "3fff::1",
      "100::1",
      "64:ff9b:1::a00:1",
      "2001::1", // Teredo
      "2001:0:4136:e378:8000:63bf:3fff:fdd2", // Teredo, whatever it carries
      "2620:4f:8000::1",
      "5f00::1",
    ])
      expect(isReservedAddress(address), address).toBe(true);
  });

  it("judges IPv6 forms that carry an IPv4 address by that address, in any notation", () => {
    for (const address of [
      "::ffff:127.0.0.1",
      "::ffff:7f00:1", // the same, as URL parsing writes it
      "[::ffff:7f00:1]",
      "::127.0.0.1", // IPv4-compatible
      "::7f00:1",
      "::ffff:0:a00:1", // IPv4-translated 10.0.0.1
      "64:ff9b::127.0.0.1", // NAT64
      "64:ff9b::a9fe:a9fe", // NAT64 169.254.169.254
      "2002:7f00:1::1", // 6to4 of 127.0.0.1
      "2002:c0a8:101::", // 6to4 of 192.168.1.1
      "0:0:0:0:0:ffff:c0a8:0101",
    ])
      expect(isReservedAddress(address), address).toBe(true);
    for (const address of ["::ffff:8.8.8.8", "64:ff9b::808:808", "2002:808:808::1"])
      expect(isReservedAddress(address), address).toBe(false);
  });

  it("lets public addresses through", () => {
    for (const address of ["8.8.8.8", "93.184.216.34", "1.1.1.1", "2606:4700::1111", "2a00:1450:4001:80b::200e"])
      expect(isReservedAddress(address), address).toBe(false);
  });
});
