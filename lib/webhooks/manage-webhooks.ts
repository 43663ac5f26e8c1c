import { getDb } from "@/lib/db/client";
import { refuseField } from "@/lib/claim-sheet/fields";
import { notFound } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { isRefusedHost } from "@/lib/net/address-policy";
import type { TCreateWebhook, TUpdateWebhook } from "./schemas";
import { toWebhookJson } from "./serialize";
import { newWebhookSecret } from "./signature";

// Admins only, like every webhook function; another workspace's webhook is a 404.

/** The server posts to the URL: unless SANAD_ALLOW_PRIVATE_FETCH=1, not to its own network (422 on `url`). */
function assertPublicUrl(url: string | undefined) {
  if (url && isRefusedHost(new URL(url))) refuseField("url", errorText("webhookPrivateUrl"));
}

export async function listWebhooks(actor: Actor) {
  assertCan(actor, "manageWebhooks");
  const hooks = await getDb().webhook.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return { webhooks: hooks.map(toWebhookJson) };
}

export async function createWebhook(actor: Actor, input: TCreateWebhook) {
  assertCan(actor, "manageWebhooks");
  assertPublicUrl(input.url);
  const hook = await getDb().webhook.create({
    data: { workspaceId: actor.workspaceId, url: input.url, events: input.events, secret: newWebhookSecret() },
  });
  return toWebhookJson(hook);
}

/** The webhook, when it is in the actor's workspace and the actor may manage webhooks. */
export async function findWebhook(actor: Actor, id: string) {
  assertCan(actor, "manageWebhooks");
  const hook = await getDb().webhook.findFirst({ where: { id, workspaceId: actor.workspaceId } });
  if (!hook) throw notFound("This webhook");
  return hook;
}

export async function updateWebhook(actor: Actor, id: string, input: TUpdateWebhook) {
  await findWebhook(actor, id);
  assertPublicUrl(input.url);
  const hook = await getDb().webhook.update({
    where: { id },
    data: {
      url: input.url,
      events: input.events,
      active: input.active,
      ...(input.rotateSecret ? { secret: newWebhookSecret() } : {}),
    },
  });
  return toWebhookJson(hook);
}

/** Deletes the webhook and its delivery log; pending deliveries are not sent. */
export async function deleteWebhook(actor: Actor, id: string) {
  await findWebhook(actor, id);
  await getDb().webhook.delete({ where: { id } });
  return { id, deleted: true };
}
