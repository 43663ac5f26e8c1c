import { isLocale, LOCALE_COOKIE, type Locale } from "./locales";

/** The language to answer an API request in: the UI's choice (cookie), else Accept-Language, else English. */
export function localeOfRequest(request: Request): Locale {
  const cookie = request.headers.get("cookie")?.match(new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]+)`))?.[1];
  if (isLocale(cookie)) return cookie;
  const accepted = request.headers.get("accept-language")?.toLowerCase() ?? "";
  if (accepted.startsWith("ar")) return "ar";
  return "en";
}
