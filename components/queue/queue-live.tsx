"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { followMemberEvents } from "@/components/notifications/member-events";

const SETTLE_MS = 400;

/** Keeps a queue page current: when any claim of the workspace changes, the server renders it again. */
export function QueueLive() {
  const router = useRouter();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unfollow = followMemberEvents((type) => {
      if (type !== "claim.changed") return;
      // A burst of changes (a bulk assignment) refreshes once.
      clearTimeout(timer);
      timer = setTimeout(() => router.refresh(), SETTLE_MS);
    });
    return () => {
      clearTimeout(timer);
      unfollow();
    };
  }, [router]);
  return null;
}
