"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { WORKSPACE_COOKIE } from "@/lib/auth/current-actor";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

const YEAR = 60 * 60 * 24 * 365;

export async function chooseLocale(formData: FormData) {
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { maxAge: YEAR, sameSite: "lax", path: "/" });
  revalidatePath("/", "layout");
}

// Membership is checked on every request that reads the cookie, so an arbitrary slug grants nothing.
export async function chooseWorkspace(formData: FormData) {
  const slug = formData.get("workspace");
  if (typeof slug !== "string" || !/^[a-z0-9-]{1,64}$/.test(slug)) return;
  (await cookies()).set(WORKSPACE_COOKIE, slug, { maxAge: YEAR, sameSite: "lax", path: "/", httpOnly: true });
  revalidatePath("/", "layout");
}
