"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useState, type FormEvent } from "react";

/** next-auth reports our refusal codes as the `error` string: "invalid" or "locked:<seconds>". */
function useSignInMessage() {
  const t = useTranslations("signIn");
  return (code: string) => {
    if (code.startsWith("locked:")) return t("locked", { minutes: Math.max(1, Math.ceil(Number(code.slice(7)) / 60)) });
    if (code === "invalid" || code === "CredentialsSignin") return t("invalid");
    return t("failed");
  };
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("signIn");
  const messageFor = useSignInMessage();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const form = new FormData(event.currentTarget);
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    }).catch(() => null);
    if (result?.ok && !result.error) {
      router.replace(callbackUrl);
      router.refresh();
      return;
    }
    setPending(false);
    setError(messageFor(result?.error ?? "failed"));
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      {error && (
        <p role="alert" className="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" dir="ltr" required />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" dir="ltr" required />
      </div>
      <button type="submit" disabled={pending || !hydrated}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
