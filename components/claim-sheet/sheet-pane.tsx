"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { callApi } from "@/lib/api/client";
import { CLAIM_API } from "@/lib/api/endpoints/claims";
import type { TClaimSheet } from "@/lib/claim-sheet/serialize";
import type { TWho } from "@/lib/permissions/rules";
import { ClaimSheet } from "./claim-sheet";
import type { TMember, TRatingOption } from "./types";

type Props = {
  claimId: string;
  remoteVersion: number;
  who: TWho;
  members: TMember[];
  ratings: TRatingOption[];
  onClose: () => void;
};

/** The claim sheet beside the article: loaded when a claim is opened from the panel or the URL. */
export function SheetPane({ claimId, onClose, ...rest }: Props) {
  const t = useTranslations("sheet");
  const [loaded, setLoaded] = useState<{ id: string; sheet: TClaimSheet | null; error: string | null } | null>(null);

  useEffect(() => {
    let cancelled = false;
    callApi(CLAIM_API.get, { params: { id: claimId } }).then((result) => {
      if (cancelled) return;
      if (result.ok) setLoaded({ id: claimId, sheet: result.data, error: null });
      else setLoaded({ id: claimId, sheet: null, error: result.failure.message || t("loadFailed") });
    });
    return () => {
      cancelled = true;
    };
  }, [claimId, t]);

  if (!loaded || loaded.id !== claimId)
    return (
      <aside className="claim-sheet card" aria-busy="true">
        <p className="hint">{t("loading")}</p>
      </aside>
    );
  if (!loaded.sheet)
    return (
      <aside className="claim-sheet card">
        <p className="field-error">{loaded.error}</p>
        <button type="button" className="secondary small" onClick={onClose}>
          {t("backToList")}
        </button>
      </aside>
    );
  return <ClaimSheet key={claimId} initial={loaded.sheet} onClose={onClose} {...rest} />;
}
