import { getTranslations } from "next-intl/server";
import type { TClaimCounts } from "@/lib/articles/list-articles";

export async function ClaimCounts({ counts }: { counts: TClaimCounts }) {
  const t = await getTranslations("claims");
  if (counts.total === 0) return <span className="muted">0</span>;
  return (
    <span className="claim-counts" data-testid="claim-counts">
      <strong>{counts.total}</strong>
      {Object.entries(counts.byStatus).map(([status, count]) => (
        <span key={status} className={`status-chip status-${status.toLowerCase()}`}>
          {t(`status.${status}`)} {count}
        </span>
      ))}
      {counts.orphaned > 0 && (
        <span className="status-chip orphaned">
          {t("orphans")} {counts.orphaned}
        </span>
      )}
    </span>
  );
}
