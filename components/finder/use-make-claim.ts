"use client";

import { useCallback } from "react";
import { useTranslations } from "next-intl";
import type { TextMap } from "@/components/claims/text-map";
import { useAnnounce } from "@/components/reader/announcer";
import { callApi } from "@/lib/api/client";
import { REVIEW_API } from "@/lib/api/endpoints/review";
import { snapSelection } from "@/lib/arabic/graphemes";
import type { TClaim } from "@/lib/claims/serialize";

type Create = (selector: TClaim["selector"]) => Promise<TClaim>;

/**
 * Makes a claim of a span the finder pointed at, snapped like any selection (whole words and graphemes,
 * no stray punctuation), with an optional first note (a check's explanation) as its first comment.
 */
export function useMakeClaim(map: TextMap | null, create: Create, onMade: (claim: TClaim, withNote: boolean) => void) {
  const t = useTranslations("finder.ui");
  const announce = useAnnounce();
  return useCallback(
    async (span: { start: number; end: number }, note?: string) => {
      if (!map) return;
      const snapped = snapSelection(map.index.text, span, { words: true });
      if (!snapped) return;
      try {
        const exact = map.index.slice(snapped.start, snapped.end);
        const claim = await create({ exact, prefix: "", suffix: "", ...snapped });
        if (note) {
          const comment = await callApi(REVIEW_API.comment, { params: { id: claim.id }, body: { body: note } });
          if (!comment.ok) announce(t("noteFailed", { message: comment.failure.message }));
        }
        announce(t("claimMade"));
        onMade(claim, Boolean(note));
      } catch (error) {
        announce(t("claimFailed", { message: (error as Error).message }));
      }
    },
    [map, create, onMade, announce, t],
  );
}
