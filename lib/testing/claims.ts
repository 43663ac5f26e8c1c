import { createArticle } from "@/lib/articles/create-article";
import { ZCreateArticle } from "@/lib/articles/schemas";
import { ZSetVerdict, ZUpdateClaimSheet } from "@/lib/claim-sheet/schemas";
import { setVerdict } from "@/lib/claim-sheet/set-verdict";
import { updateClaimSheet } from "@/lib/claim-sheet/update-claim-sheet";
import { createClaim } from "@/lib/claims/create-claim";
import { ZCreateClaim } from "@/lib/claims/schemas";
import type { Actor } from "@/lib/permissions/actor";
import { addSource } from "@/lib/sources/add-source";
import { ZCreateSource } from "@/lib/sources/schemas";

export const TEST_ARTICLE =
  "نجا رئيس الوزراء العراقي مصطفى الكاظمي من محاولة اغتيال بطائرة مسيّرة مفخّخة في بغداد.\n\nوأصيب 7 من أفراد الحماية بجروح.";

export async function createTestArticle(author: Actor, title = "مقال للاختبار") {
  return (await createArticle(author, ZCreateArticle.parse({ title, body: TEST_ARTICLE }))).id;
}

/** A claim by `author` on the article, with or without a sheet complete enough to submit (statement, source, verdict). */
export async function createTestClaim(
  author: Actor,
  articleId: string,
  { ready = true, exact = "بطائرة مسيّرة مفخّخة" } = {},
) {
  const claim = await createClaim(author, articleId, ZCreateClaim.parse({ exact }));
  if (!ready) return { id: claim.id, version: 1 };
  await updateClaimSheet(
    author,
    claim.id,
    ZUpdateClaimSheet.parse({ version: 1, statement: "الكاظمي نجا من هجوم بطائرة مسيّرة" }),
  );
  await addSource(
    author,
    claim.id,
    ZCreateSource.parse({ version: 2, url: "https://www.reuters.com/world/iraq-pm-drone", title: "Reuters" }),
  );
  const sheet = await setVerdict(
    author,
    claim.id,
    ZSetVerdict.parse({ version: 3, ratingKey: "true", conclusion: "صحيح: أكدت الحكومة العراقية الهجوم." }),
  );
  return { id: claim.id, version: sheet.version };
}
