import { getTranslations } from "next-intl/server";
import { QueuePage } from "@/components/queue/queue-page";

export async function generateMetadata() {
  return { title: (await getTranslations("queue"))("work.title") };
}

export default function WorkQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <QueuePage kind="work" searchParams={searchParams} />;
}
