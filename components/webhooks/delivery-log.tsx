"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import type { TDeliveryJson } from "@/lib/webhooks/serialize";
import { callApi } from "@/lib/api/client";
import { WEBHOOK_API } from "@/lib/api/endpoints/admin";

/** A webhook's deliveries, newest first, with a retry button for those not yet delivered. */
export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const [deliveries, setDeliveries] = useState<TDeliveryJson[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fetchLog = useCallback(
    () => callApi(WEBHOOK_API.deliveries, { params: { id: webhookId } }, { network: t("network") }),
    [webhookId, t],
  );
  const show = (result: Awaited<ReturnType<typeof fetchLog>>) =>
    result.ok ? setDeliveries(result.data.deliveries) : setError(result.failure.message);
  const load = async () => show(await fetchLog());

  useEffect(() => {
    let live = true;
    void fetchLog().then((result) => {
      if (live && result.ok) setDeliveries(result.data.deliveries);
      else if (live && !result.ok) setError(result.failure.message);
    });
    return () => {
      live = false;
    };
  }, [fetchLog]);

  async function retry(id: string) {
    const result = await callApi(
      WEBHOOK_API.retry,
      { params: { id: webhookId, deliveryId: id } },
      { network: t("network") },
    );
    setError(result.ok ? null : result.failure.message);
    await load();
  }

  const when = (iso: string | null) =>
    iso ? format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "medium" }) : "—";
  return (
    <div className="delivery-log">
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void load()}>
          {t("refresh")}
        </button>
      </div>
      {error && (
        <p role="alert" className="alert" dir="auto">
          {error}
        </p>
      )}
      {deliveries?.length === 0 && <p className="hint">{t("noDeliveries")}</p>}
      {deliveries && deliveries.length > 0 && (
        <table data-testid="delivery-log">
          <thead>
            <tr>
              <th>{t("log.event")}</th>
              <th>{t("log.status")}</th>
              <th>{t("log.attempts")}</th>
              <th>{t("log.lastCode")}</th>
              <th>{t("log.lastError")}</th>
              <th>{t("log.next")}</th>
              <th>{t("log.created")}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id} data-delivery={d.id}>
                <td dir="ltr">{d.event}</td>
                <td data-status={d.status}>{d.sending ? t("status.sending") : t(`status.${d.status}`)}</td>
                <td>{d.attempts}</td>
                <td dir="ltr">{d.lastStatusCode ?? "—"}</td>
                <td dir="ltr">{d.lastError ?? "—"}</td>
                <td>{when(d.nextAttemptAt)}</td>
                <td>{when(d.createdAt)}</td>
                <td>
                  {d.status !== "succeeded" && !d.sending && (
                    <button type="button" className="secondary" onClick={() => void retry(d.id)}>
                      {t("retry")}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
