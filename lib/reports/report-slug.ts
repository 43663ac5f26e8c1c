import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";

// 72 random bits: the address of a report cannot be guessed before it is shared, and never changes.
const newSlug = () => randomBytes(9).toString("base64url");

/** The article's report slug, created the first time a report is asked for. */
export async function ensureReportSlug(db: Prisma.TransactionClient, articleId: string): Promise<string> {
  await db.article.updateMany({ where: { id: articleId, reportSlug: null }, data: { reportSlug: newSlug() } });
  const { reportSlug } = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { reportSlug: true } });
  return reportSlug!;
}
