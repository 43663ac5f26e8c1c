import { readFile } from "node:fs/promises";
import path from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { toArticleContent } from "@/lib/articles/content";
import { getDb } from "@/lib/db/client";
import { ensureRatingScale } from "@/lib/ratings/default-scale";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_WORKSPACE } from "./accounts";

export const DEMO_ARTICLE = {
  title: "نجاة الكاظمي من محاولة اغتيال بطائرة مسيّرة مفخّخة استهدفت مقر إقامته في بغداد",
  language: "ar",
  direction: "rtl" as const,
  publishedAt: new Date("2021-11-07T00:00:00.000Z"),
  file: path.resolve("prisma/seed/article-ar.txt"),
};

/**
 * Creates the demo workspace, one user per role, the demo article and the default rating scale;
 * running it again changes nothing (except seeding the scale for a demo workspace made before it existed).
 */
export async function seedDemo(): Promise<{ created: boolean }> {
  const db = getDb();
  const existing = await db.workspace.findUnique({ where: { slug: DEMO_WORKSPACE.slug } });
  if (existing) {
    await ensureRatingScale(db, existing.id);
    return { created: false };
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const content = toArticleContent(await readFile(DEMO_ARTICLE.file, "utf8"), "text");
  await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({ data: DEMO_WORKSPACE });
    await ensureRatingScale(tx, workspace.id);
    const users = [];
    for (const account of DEMO_ACCOUNTS) {
      const user = await tx.user.upsert({
        where: { email: account.email },
        create: { email: account.email, name: account.name, passwordHash },
        update: {},
      });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: account.role } });
      users.push(user);
    }
    const { file: _file, ...article } = DEMO_ARTICLE;
    await tx.article.create({
      data: {
        ...article,
        workspaceId: workspace.id,
        createdById: users[2].id,
        revisions: { create: { workspaceId: workspace.id, number: 1, ...content, createdById: users[2].id } },
      },
    });
  });
  return { created: true };
}
