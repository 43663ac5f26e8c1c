import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";
import { timeZone } from "./time-zone";

// The UI language is a remembered choice (cookie), not part of the URL, so links stay stable. The time
// zone and "now" are the server's, handed to the browser by NextIntlClientProvider, so server and
// client format dates alike (no environment fallback, no hydration mismatch).
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    timeZone: timeZone(),
    now: new Date(),
  };
});
