import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import type { Actor } from "@/lib/permissions/actor";
import { listMemberships, type TMembership } from "@/lib/workspaces/memberships";
import { authOptions } from "./options";

export const WORKSPACE_COOKIE = "sanad-workspace";

export type ActorContext = { actor: Actor; memberships: TMembership[]; current: TMembership };

/**
 * The signed-in user in the workspace they chose (cookie), else their first one; null when signed out.
 * Cached per request so a layout and its page always agree on who is acting.
 */
export const findActorContext = cache(async (): Promise<ActorContext | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session?.user as { id?: string } | undefined)?.id;
  if (!userId) return null;
  const memberships = await listMemberships(userId);
  if (memberships.length === 0) return null;
  const chosen = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const current = memberships.find((m) => m.workspace.slug === chosen) ?? memberships[0];
  return { actor: { userId, workspaceId: current.workspaceId, role: current.role }, memberships, current };
});

export async function requireActor(): Promise<Actor> {
  const context = await findActorContext();
  if (!context) throw new AppError("unauthenticated", errorText("signInFirst"));
  return context.actor;
}

/** For pages: a signed-out visitor is sent to the sign-in page instead of an error. */
export async function requirePageActor(): Promise<Actor> {
  const context = await findActorContext();
  if (!context) redirect("/sign-in");
  return context.actor;
}
