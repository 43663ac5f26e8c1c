import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ActorContext } from "@/lib/auth/current-actor";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { roleCan } from "@/lib/permissions/roles";
import { LocaleSwitcher } from "./locale-switcher";
import { WorkspaceSwitcher } from "./workspace-switcher";

export async function AppHeader({ context }: { context: ActorContext }) {
  const t = await getTranslations();
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <Link href="/articles" className="brand">
        {t("app.name")}
      </Link>
      <nav aria-label={t("nav.articles")}>
        <Link href="/articles">{t("nav.articles")}</Link>
        {roleCan(context.actor.role, "createArticles") && <Link href="/articles/new">{t("nav.newArticle")}</Link>}
        {roleCan(context.actor.role, "submitClaims") && <Link href="/queue/work">{t("nav.myWork")}</Link>}
        {roleCan(context.actor.role, "reviewClaims") && <Link href="/queue/review">{t("nav.toReview")}</Link>}
        {roleCan(context.actor.role, "manageMembers") && <Link href="/settings/members">{t("nav.members")}</Link>}
        {roleCan(context.actor.role, "manageRatingScale") && (
          <Link href="/settings/rating-scale">{t("nav.ratingScale")}</Link>
        )}
        {roleCan(context.actor.role, "manageReportSettings") && (
          <Link href="/settings/report">{t("nav.reportSettings")}</Link>
        )}
        {roleCan(context.actor.role, "manageWebhooks") && <Link href="/settings/webhooks">{t("nav.webhooks")}</Link>}
        {roleCan(context.actor.role, "manageFinder") && <Link href="/settings/finder">{t("finder.nav")}</Link>}
      </nav>
      <div className="header-end">
        <NotificationBell key={context.actor.workspaceId} />
        <WorkspaceSwitcher memberships={context.memberships} current={context.current} />
        <LocaleSwitcher />
        <Link href="/settings/tokens">{t("nav.apiTokens")}</Link>
        <Link href="/sign-out">{t("nav.signOut")}</Link>
      </div>
    </header>
  );
}
