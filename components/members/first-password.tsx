"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";

/** A new member's first password, shown once: the server keeps only its hash. */
export function FirstPassword({ name, password, onDone }: { name: string; password: string; onDone: () => void }) {
  const t = useTranslations("members.password");
  const [copied, setCopied] = useState(false);
  async function copy() {
    await navigator.clipboard.writeText(password);
    setCopied(true);
  }
  return (
    <section className="first-password" role="alert" aria-labelledby="first-password-title">
      <h2 id="first-password-title">{t("title", { name })}</h2>
      <p>{t("warning", { name })}</p>
      <div className="actions">
        <code dir="ltr" data-testid="first-password">
          {password}
        </code>
        <button type="button" onClick={copy}>
          {copied ? t("copied") : t("copy")}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t("done")}
        </button>
      </div>
    </section>
  );
}
