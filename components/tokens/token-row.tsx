"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import type { TTokenJson } from "@/lib/tokens/schemas";

export function TokenRow({ token, onRevoke }: { token: TTokenJson; onRevoke: () => Promise<void> }) {
  const t = useTranslations("tokens");
  const format = useFormatter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const date = (iso: string | null) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium" }) : t("never"));
  const state = token.revokedAt ? t("revokedOn", { date: date(token.revokedAt) }) : token.expired ? t("expired") : null;

  async function revoke() {
    setBusy(true);
    await onRevoke();
    setBusy(false);
    setConfirming(false);
  }

  return (
    <tr data-token={token.id} className={state ? "token-inactive" : undefined}>
      <td dir="auto">{token.name}</td>
      <td>
        <code dir="ltr">{token.prefix}…</code>
      </td>
      <td>{date(token.createdAt)}</td>
      <td>{date(token.expiresAt)}</td>
      <td>{date(token.lastUsedAt)}</td>
      <td>
        {state ??
          (confirming ? (
            <span className="actions">
              <span>{t("revokeConfirm", { name: token.name })}</span>
              <button type="button" className="small danger" disabled={busy} onClick={revoke}>
                {t("revokeYes")}
              </button>
              <button type="button" className="small secondary" onClick={() => setConfirming(false)}>
                {t("cancel")}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="small secondary"
              onClick={() => setConfirming(true)}
              aria-label={t("revokeLabel", { name: token.name })}
            >
              {t("revoke")}
            </button>
          ))}
      </td>
    </tr>
  );
}
