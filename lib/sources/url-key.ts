import { errorText } from "@/lib/i18n/error-text";
import { refuseField } from "@/lib/claim-sheet/fields";

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

/** Refuses a URL already listed (1-based position in the message); returns its key otherwise. */
export function assertNotListed(listed: { id: string; urlKey: string }[], url: string, field: string, exceptId?: string): string {
  const key = sourceUrlKey(url);
  const at = listed.findIndex((source) => source.urlKey === key && source.id !== exceptId);
  if (at !== -1) refuseField(field, errorText("sourceDuplicate", { n: at + 1 }));
  return key;
}
