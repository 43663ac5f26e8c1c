// After sign-in the browser goes to `callbackUrl`, which anyone can put in a link. Only a path on this
// site survives: browsers read "\" as "/" and drop tabs and line breaks, so "/\evil.example" and
// "/<TAB>/evil.example" would leave the site as surely as "//evil.example".

export const DEFAULT_CALLBACK = "/articles";
const ORIGIN = "http://sanad.invalid";
const UNSAFE = /[\\\p{Cc}\p{Cf}\p{Z}]/u;

/** The same-origin path (with query and fragment) that `raw` names, or the default. */
export function safeCallbackPath(raw: unknown): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || UNSAFE.test(raw))
    return DEFAULT_CALLBACK;
  if (!URL.canParse(raw, ORIGIN)) return DEFAULT_CALLBACK;
  const url = new URL(raw, ORIGIN);
  if (url.origin !== ORIGIN) return DEFAULT_CALLBACK;
  return `${url.pathname}${url.search}${url.hash}`;
}
