import { getLocale, getTranslations } from "next-intl/server";
import { chooseLocale } from "@/app/actions/preferences";
import { LOCALES } from "@/lib/i18n/locales";

const NATIVE_NAMES = { ar: "العربية", en: "English" } as const;

export async function LocaleSwitcher() {
  const current = await getLocale();
  const t = await getTranslations("nav");
  return (
    <form action={chooseLocale} className="locale-switcher" aria-label={t("language")}>
      {LOCALES.filter((locale) => locale !== current).map((locale) => (
        <button key={locale} type="submit" name="locale" value={locale} className="secondary" lang={locale}>
          {NATIVE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
