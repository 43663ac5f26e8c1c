import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClaimSheet } from "@/components/claim-sheet/claim-sheet";
import { getArticle } from "@/lib/articles/get-article";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getClaimSheet } from "@/lib/claim-sheet/get-claim-sheet";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/actor";
import { listMembers } from "@/lib/members/list-members";
import { getRatingScale } from "@/lib/ratings/get-rating-scale";

async function load(actor: Actor, id: string) {
  try {
    const sheet = await getClaimSheet(actor, id);
    return { sheet, article: await getArticle(actor, sheet.articleId) };
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const sheet = await getClaimSheet(await requirePageActor(), (await params).id).catch(() => null);
  return { title: sheet?.statement };
}

/** A claim sheet at its own URL, so it can be linked from a message or a task list. */
export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { sheet, article } = await load(actor, (await params).id);
  const [{ members }, scale, t] = await Promise.all([
    listMembers(actor),
    getRatingScale(actor),
    getTranslations("sheet"),
  ]);
  return (
    <div className="claim-page">
      <p className="breadcrumb">
        {t("inArticle")}{" "}
        <Link href={`/articles/${article.id}`} dir="auto">
          {article.title}
        </Link>
      </p>
      <ClaimSheet
        initial={sheet}
        who={{ userId: actor.userId, role: actor.role }}
        members={members}
        ratings={scale.ratings}
        articleHref={`/articles/${article.id}?claim=${sheet.id}`}
      />
    </div>
  );
}
