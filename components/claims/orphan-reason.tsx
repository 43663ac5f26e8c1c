"use client";

import { useTranslations } from "next-intl";
import type { TOrphanReason } from "@/lib/anchoring/orphan-reason";

/** Why a claim lost its words, in the UI language (the claim stores the reason's key and numbers). */
export function OrphanReason({ reason }: { reason: TOrphanReason }) {
  const t = useTranslations("claims.orphanReasons");
  return <span className="orphan-reason">{t(reason.key, reason.params)}</span>;
}
