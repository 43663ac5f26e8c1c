import { detectDirection } from "@/lib/arabic/normalize";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";
import { assertCan, type Actor } from "@/lib/permissions/actor";
import { toArticleContent } from "./content";
import type { TCreateArticle } from "./schemas";
import { toArticleJson } from "./serialize";

export async function createArticle(actor: Actor, input: TCreateArticle) {
  assertCan(actor, "createArticles");
  const content = toArticleContent(input.body, input.format);
  if (!content.text) {
    throw new AppError("validation_failed", errorText("fieldsNeedFixing"), { body: errorText("nothingReadable") });
  }
  const direction = detectDirection(content.text);
  const language = input.language ?? (direction === "rtl" ? "ar" : "en");
  const article = await getDb().article.create({
    data: {
      workspaceId: actor.workspaceId,
      title: input.title,
      language,
      direction,
      sourceUrl: input.sourceUrl,
      publisher: input.publisher,
      publishedAt: input.publishedAt,
      createdById: actor.userId,
      revisions: { create: { workspaceId: actor.workspaceId, number: 1, ...content, createdById: actor.userId } },
    },
    include: { revisions: true },
  });
  return toArticleJson(article, article.revisions[0]);
}
