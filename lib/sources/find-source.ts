import type { Prisma } from "@/lib/db/generated/client";
import { notFound } from "@/lib/errors";

/** The claim's sources in order, and the one a request names (404 when it is not this claim's). */
export async function findListedSource(tx: Prisma.TransactionClient, claimId: string, sourceId: string) {
  const listed = await tx.source.findMany({ where: { claimId }, orderBy: { position: "asc" } });
  const source = listed.find((s) => s.id === sourceId);
  if (!source) throw notFound("This source");
  return { listed, source };
}
