import { getTranslations } from "next-intl/server";
import { NotificationCenter } from "@/components/notifications/notification-center";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listNotifications } from "@/lib/notifications/list-notifications";

const LIMIT = 100;

export async function generateMetadata() {
  return { title: (await getTranslations("notifications"))("title") };
}

export default async function NotificationsPage() {
  const list = await listNotifications(await requirePageActor(), { unread: false, limit: LIMIT });
  const t = await getTranslations("notifications");
  return (
    <>
      <div className="page-title">
        <h1>{t("title")}</h1>
      </div>
      <NotificationCenter initial={list} limit={LIMIT} />
    </>
  );
}
