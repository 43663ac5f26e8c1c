"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { callApi } from "@/lib/api/client";
import { TOKEN_API } from "@/lib/api/endpoints/admin";
import type { TTokenJson } from "@/lib/tokens/schemas";
import { NewTokenForm } from "./new-token-form";
import { TokenRow } from "./token-row";

/** The list of my tokens, the creation form, and the secret of the token just created (this once only). */
export function TokenManager({ initial }: { initial: TTokenJson[] }) {
  const t = useTranslations("tokens");
  const hydrated = useHydrated();
  const [tokens, setTokens] = useState(initial);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function revoke(id: string) {
    setError(null);
    const result = await callApi(TOKEN_API.revoke, { params: { id } });
    if (!result.ok) return setError(result.failure.message || t("network"));
    const { token: revoked } = result.data;
    setTokens((list) => list.map((token) => (token.id === id ? revoked : token)));
  }

  return (
    <>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      <NewTokenForm
        disabled={!hydrated}
        onCreated={(token, secret) => {
          setTokens((list) => [token, ...list]);
          setCreated({ name: token.name, secret });
        }}
      />
      {created && <NewSecret name={created.name} secret={created.secret} onDone={() => setCreated(null)} />}
      <h2>{t("listTitle")}</h2>
      {tokens.length === 0 ? (
        <p className="hint">{t("none")}</p>
      ) : (
        <table className="token-table">
          <thead>
            <tr>
              <th>{t("name")}</th>
              <th>{t("prefix")}</th>
              <th>{t("created")}</th>
              <th>{t("expires")}</th>
              <th>{t("lastUsed")}</th>
              <th>
                <span className="visually-hidden">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} onRevoke={() => revoke(token.id)} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function NewSecret({ name, secret, onDone }: { name: string; secret: string; onDone: () => void }) {
  const t = useTranslations("tokens");
  const [copied, setCopied] = useState(false);
  return (
    <div className="token-secret" role="status">
      <p>
        <strong>{t("secretWarning", { name })}</strong>
      </p>
      <code dir="ltr" data-testid="token-secret">
        {secret}
      </code>
      <div className="actions">
        <button
          type="button"
          onClick={() =>
            navigator.clipboard.writeText(secret).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {copied ? t("copied") : t("copy")}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t("secretDone")}
        </button>
      </div>
    </div>
  );
}
