import { foldArabic } from "@/lib/arabic/normalize";
import type { Prisma } from "@/lib/db/generated/client";

/** Tags are one per folded name in a workspace: "الانتخابات" and "الإنتخابات", "Gaza" and "gaza" are one tag. */
export const tagKey = (name: string) => foldArabic(name).replace(/\s+/gu, " ").trim();

/** Replaces the claim's tags, creating the workspace tags that do not exist yet (spelled as first typed). */
export async function setClaimTags(
  tx: Prisma.TransactionClient,
  workspaceId: string,
  claimId: string,
  names: string[],
) {
  const byKey = new Map<string, string>();
  for (const name of names) if (!byKey.has(tagKey(name))) byKey.set(tagKey(name), name);
  const keys = [...byKey.keys()];
  await tx.tag.createMany({
    data: keys.map((key) => ({ workspaceId, key, name: byKey.get(key)! })),
    skipDuplicates: true,
  });
  const tags = await tx.tag.findMany({ where: { workspaceId, key: { in: keys } }, select: { id: true, key: true } });
  const idOf = new Map(tags.map((t) => [t.key, t.id]));
  await tx.claimTag.deleteMany({ where: { claimId } });
  await tx.claimTag.createMany({
    data: keys.map((key, position) => ({ workspaceId, claimId, tagId: idOf.get(key)!, position })),
  });
}
