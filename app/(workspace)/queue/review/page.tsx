import { getTranslations } from "next-intl/server";
import { QueuePage } from "@/components/queue/queue-page";

export async function generateMetadata() {
  return { title: (await getTranslations("queue"))("review.title") };
}

export default function ReviewQueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  return <QueuePage kind="review" searchParams={searchParams} />;
}
