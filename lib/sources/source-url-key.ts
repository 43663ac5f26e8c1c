// Browser-safe: the claim sheet flags a duplicate source while it is typed, with the key the server uses.

const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|ref_src)$/i;

/**
 * What two links to the same page have in common: no scheme, no "www.", no #fragment, no
 * tracking parameters, no trailing slash, parameters in a fixed order. Used to spot duplicates only;
 * the URL itself is stored as given.
 */
export function sourceUrlKey(url: string): string {
  const parsed = new URL(url);
  for (const name of [...parsed.searchParams.keys()]) if (TRACKING.test(name)) parsed.searchParams.delete(name);
  parsed.searchParams.sort();
  const path = parsed.pathname.replace(/\/+$/u, "");
  return `${parsed.host.replace(/^www\./u, "")}${path}${parsed.search}`;
}
