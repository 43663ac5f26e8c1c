import { getDb } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import type { Actor } from "@/lib/permissions/actor";
import { findWebhook } from "./manage-webhooks";
import { toDeliveryJson } from "./serialize";
import { kickDeliveries } from "./worker";

/** The webhook's delivery log, newest first (the last 100). */
export async function listDeliveries(actor: Actor, webhookId: string) {
  await findWebhook(actor, webhookId);
  const rows = await getDb().webhookDelivery.findMany({
    where: { webhookId, workspaceId: actor.workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
  });
  return { deliveries: rows.map((d) => toDeliveryJson(d)) };
}

/**
 * Sends a pending or failed delivery again now: one more attempt, after which the usual schedule
 * applies (a failed one stays failed if it fails again). Refused while an attempt is being sent, and
 * for a delivery that already succeeded.
 */
export async function retryDelivery(actor: Actor, webhookId: string, deliveryId: string, now = new Date()) {
  await findWebhook(actor, webhookId);
  const db = getDb();
  const delivery = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, webhookId, workspaceId: actor.workspaceId },
  });
  if (!delivery) throw notFound("This delivery");
  if (delivery.status === "succeeded") throw new AppError("conflict", errorText("webhookDelivered"));
  const reset = await db.webhookDelivery.updateMany({
    where: {
      id: delivery.id,
      status: { not: "succeeded" },
      OR: [{ sendingUntil: null }, { sendingUntil: { lte: now } }],
    },
    data: { status: "pending", nextAttemptAt: now, sendingUntil: null },
  });
  if (reset.count === 0) throw new AppError("conflict", errorText("webhookSending"));
  kickDeliveries();
  return toDeliveryJson(await db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } }), now);
}
