import { getDb } from "@/lib/db/client";

export function listMemberships(userId: string) {
  return getDb().membership.findMany({
    where: { userId },
    include: { workspace: { select: { id: true, slug: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export type TMembership = Awaited<ReturnType<typeof listMemberships>>[number];
